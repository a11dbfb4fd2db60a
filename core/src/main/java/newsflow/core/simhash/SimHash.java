package newsflow.core.simhash;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * 64-bit simhash (Charikar, "Similarity estimation techniques from rounding algorithms", STOC 2002),
 * as used for web near-duplicate detection by Manku, Jain and Das Sarma (WWW 2007): each feature — here
 * every overlapping 3-word shingle of the text, or every word when the text has fewer than three — is
 * hashed to 64 bits (FNV-1a over its UTF-8 bytes, then a 64-bit finalizer), each bit votes +1 or -1,
 * and the sign of each column is the fingerprint's bit. Texts that differ in a few words differ in a few
 * bits: near-duplicates are within a small Hamming distance (3 of 64 in Manku et al.).
 */
public final class SimHash {
    /** Words per shingle. */
    static final int SHINGLE = 3;

    private SimHash() {
    }

    /**
     * @param words the text's words in order, already normalized (lower case)
     * @return the fingerprint as a signed long; 0 for no words
     */
    public static long of(List<String> words) {
        if (words.isEmpty()) {
            return 0L;
        }
        int[] votes = new int[64];
        int n = words.size() < SHINGLE ? words.size() : words.size() - SHINGLE + 1;
        int width = Math.min(SHINGLE, words.size());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.setLength(0);
            for (int j = i; j < i + (words.size() < SHINGLE ? 1 : width); j++) {
                sb.append(words.get(j)).append(' ');
            }
            long h = hash(sb.toString());
            for (int b = 0; b < 64; b++) {
                votes[b] += ((h >>> b) & 1) != 0 ? 1 : -1;
            }
        }
        long fp = 0;
        for (int b = 0; b < 64; b++) {
            if (votes[b] > 0) {
                fp |= 1L << b;
            }
        }
        return fp;
    }

    /**
     * The words simhash is taken over: runs of letters and digits, lower-cased (Unicode simple case folding),
     * split at everything else. Cheaper than dictionary word breaking and stable across runs, which is all a
     * fingerprint needs; word counts use ICU's word breaks ({@code TextStats}).
     *
     * @param text any text
     * @return its words, in order
     */
    public static List<String> features(String text) {
        List<String> out = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    /** @return the number of bits in which {@code a} and {@code b} differ, 0..64 */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    static long hash(String feature) {
        long h = 0xcbf29ce484222325L;
        for (byte x : feature.getBytes(StandardCharsets.UTF_8)) {
            h ^= x & 0xff;
            h *= 0x100000001b3L;
        }
        // murmur3's fmix64: spreads FNV's weak high bits
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
