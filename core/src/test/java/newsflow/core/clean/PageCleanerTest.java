package newsflow.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageCleanerTest {
    @Test
    void shouldTakeALinksTextAsJsoupGivesItCleaned() {
        char[] pool = {'a', 'Z', ' ', '\t', '\n', '\u00a0', '\u00ad', '\u200b', '\u200c', '\u3000', 'é', 'e', '\u0301', '&', '<'};
        Random r = new Random(17);
        for (int n = 0; n < 20_000; n++) {
            char[] c = new char[r.nextInt(10)];
            for (int i = 0; i < c.length; i++) {
                c[i] = pool[r.nextInt(pool.length)];
            }
            Element a = Jsoup.parse("<p><a href=/x></a>").selectFirst("a");
            a.appendText(new String(c));
            if (n % 3 == 0) {
                a = Jsoup.parse("<pre><a href=/x></a></pre>").selectFirst("a").appendText(new String(c));
            }
            assertThat(PageCleaner.anchorText(a)).isEqualTo(Texts.clean(a.text()));
        }
        Element nested = Jsoup.parse("<a href=/x>Read <b>more</b>\u00ad now</a>").selectFirst("a");
        assertThat(PageCleaner.anchorText(nested)).isEqualTo("Read more now");
    }
}
