package newsflow.core.simhash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimHashTest {
    private static final String STORY = "The city council voted on Tuesday to extend the night bus service to the "
            + "eastern districts, after a year of complaints from shift workers who said the last buses left before "
            + "their shifts ended and that taxis cost them a fifth of their wages";

    @Test
    void shouldPutNearDuplicatesWithinAFewBitsAndOtherTextsFarApart() {
        long a = SimHash.of(SimHash.features(STORY));
        long edited = SimHash.of(SimHash.features(STORY.replace("Tuesday", "Wednesday")));
        long other = SimHash.of(SimHash.features("کراچی میں شدید بارش کے بعد شہر کے کئی علاقوں میں پانی جمع ہو گیا "
                + "اور بجلی کی فراہمی معطل رہی جبکہ شہری انتظامیہ نے ہنگامی حالت کا اعلان کر دیا"));
        assertThat(SimHash.distance(a, edited)).isLessThanOrEqualTo(12);
        assertThat(SimHash.distance(a, other)).isGreaterThan(16);
        assertThat(SimHash.of(SimHash.features(STORY.toUpperCase(java.util.Locale.ROOT)))).isEqualTo(a);
        assertThat(SimHash.of(List.of())).isZero();
    }

    @Test
    void shouldHashWordsAsTheirUtf8Bytes() {
        // the fingerprint is FNV-1a over each word's UTF-8 bytes: stored fingerprints stay comparable across versions
        Random r = new Random(42);
        char[] pool = {'a', 'Z', '7', 'é', 'ß', 'ی', 'ہ', '中', '\u200c', '\ud83d', '\ude00', '\udbff', '\udfff', '\u0800', '\u07ff', '\uffff'};
        for (int n = 0; n < 20_000; n++) {
            char[] w = new char[1 + r.nextInt(8)];
            for (int i = 0; i < w.length; i++) {
                w[i] = pool[r.nextInt(pool.length)];
            }
            String word = new String(w);
            long expected = 0xcbf29ce484222325L;
            for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
                expected = (expected ^ (b & 0xff)) * 0x100000001b3L;
            }
            assertThat(SimHash.fnv(0xcbf29ce484222325L, word)).as("%s", word.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(expected);
        }
    }
}
