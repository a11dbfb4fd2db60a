package newsflow.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import newsflow.core.clean.Texts;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {
    @Test
    void shouldFindADateHintAnywhereInAClassOrIdInAnyAsciiCase() {
        assertThat(MetadataExtractor.hasDateHint("article__pubDATE")).isTrue();
        assertThat(MetadataExtractor.hasDateHint("entry-Meta")).isTrue();
        assertThat(MetadataExtractor.hasDateHint("story-body")).isFalse();
        assertThat(MetadataExtractor.hasDateHint("")).isFalse();
        // the same answer as testing each hint as a case-insensitive substring, on random names
        String[] hints = {"date", "time", "publish", "posted", "byline", "meta", "info"};
        char[] pool = "dateimpublshoyrnfDATEIMPUBLSHOYRNF-_ \u0130\u212a\u0131x".toCharArray();
        Random r = new Random(3);
        for (int n = 0; n < 50_000; n++) {
            char[] name = new char[r.nextInt(12)];
            for (int i = 0; i < name.length; i++) {
                name[i] = pool[r.nextInt(pool.length)];
            }
            String s = new String(name);
            boolean expected = false;
            for (String h : hints) {
                expected |= Texts.containsAsciiIgnoreCase(s, h);
            }
            assertThat(MetadataExtractor.hasDateHint(s)).as(s).isEqualTo(expected);
        }
    }
}
