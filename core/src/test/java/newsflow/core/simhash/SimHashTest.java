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

    @Test
    void shouldGiveTheSignOfEachBitsVoteOverAllShingles() {
        // the definition, computed the slow way: every 3-word shingle votes +1 or -1 on each of the 64 bits
        Random r = new Random(7);
        for (int size : new int[] {1, 2, 3, 4, 254, 255, 256, 257, 600, 3000}) {
            List<String> words = new java.util.ArrayList<>();
            for (int i = 0; i < size; i++) {
                words.add("w" + r.nextInt(size));
            }
            int width = size < 3 ? 1 : 3; // fewer than three words: each word is a feature
            int[] votes = new int[64];
            for (int i = 0; i + width <= size; i++) {
                long h = 0xcbf29ce484222325L;
                for (int j = i; j < i + width; j++) {
                    h = SimHash.fnv(h, words.get(j) + " ");
                }
                h ^= h >>> 33;
                h *= 0xff51afd7ed558ccdL;
                h ^= h >>> 33;
                h *= 0xc4ceb9fe1a85ec53L;
                h ^= h >>> 33;
                for (int b = 0; b < 64; b++) {
                    votes[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
                }
            }
            long expected = 0;
            for (int b = 0; b < 64; b++) {
                expected |= votes[b] > 0 ? 1L << b : 0;
            }
            assertThat(SimHash.of(words)).as("%d words", size).isEqualTo(expected);
        }
    }

    @Test
    void shouldFingerprintATextAsItsWords() {
        Random r = new Random(13);
        String[] pool = {"Council", "VOTED", "on", "the", "budget", "ΟΔΟΣ", "İstanbul", "ہیں", "کراچی", "Straße", "2024", "x", "𝐀bc"};
        String[] seps = {" ", ", ", "\n", " — ", "'", "\u200c", "...", "\u00a0"};
        for (int n = 0; n < 3_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int w = r.nextInt(40); w > 0; w--) {
                sb.append(pool[r.nextInt(pool.length)]).append(seps[r.nextInt(seps.length)]);
            }
            String text = sb.toString();
            assertThat(SimHash.ofText(text)).as(text).isEqualTo(SimHash.of(SimHash.features(text)));
        }
    }
}
