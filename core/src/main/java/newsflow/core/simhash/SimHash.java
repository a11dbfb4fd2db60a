package newsflow.core.simhash;

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
        int n = words.size() < SHINGLE ? words.size() : words.size() - SHINGLE + 1;
        int width = words.size() < SHINGLE ? 1 : SHINGLE;
        Votes votes = new Votes();
        for (int i = 0; i < n; i++) {
            // the feature is the shingle's words, each followed by one space, hashed without building it
            long h = FNV_OFFSET;
            for (int j = i; j < i + width; j++) {
                h = fnv(h, words.get(j));
                h = (h ^ ' ') * FNV_PRIME;
            }
            votes.add(fmix(h));
        }
        return votes.fingerprint();
    }

    /**
     * @param text any text
     * @return {@code of(features(text))}, without building a string for each ASCII word (most words of most pages)
     */
    public static long ofText(String text) {
        // the words' boundaries, starts and ends alternating: stored at every char and kept only where the char's class
        // changes, so that no branch waits on it (a text's word and non-word chars alternate every few chars)
        int n = text.length();
        int[] bounds = new int[n + 1];
        int m = 0;
        int previous = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int word = c < 0x80 ? ASCII_WORD[c] : Character.isLetterOrDigit(c) ? 1 : 0;
            bounds[m] = i;
            m += word ^ previous;
            previous = word;
        }
        bounds[m] = n;
        m += previous;
        int count = m / 2;
        if (count == 0) {
            return 0L;
        }
        Votes votes = new Votes();
        byte[] utf8 = null;
        // each word's bytes are hashed once into the three shingles that hold it, those starting at words j-2, j-1 and
        // j: three independent FNV chains, whose multiplications overlap instead of waiting on each other
        long first = FNV_OFFSET;
        long second = FNV_OFFSET;
        long third = FNV_OFFSET;
        for (int j = 0; j < count; j++) {
            int start = bounds[2 * j];
            int end = bounds[2 * j + 1];
            // an ASCII word's chars, lower-cased, are its bytes
            long f = first;
            long g = second;
            long h = third;
            int k = start;
            for (char c; k < end && (c = text.charAt(k)) < 0x80; k++) {
                int x = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
                f = (f ^ x) * FNV_PRIME;
                g = (g ^ x) * FNV_PRIME;
                h = (h ^ x) * FNV_PRIME;
            }
            if (k < end) {
                // another word is lower-cased as a string, then hashed as UTF-8, from the word's start
                String lowered = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
                if (utf8 == null || 3 * lowered.length() > utf8.length) {
                    utf8 = new byte[Math.max(64, 6 * lowered.length())]; // (lower case may be longer: İ is i and a dot)
                }
                int len = utf8(lowered, utf8);
                f = first;
                g = second;
                h = third;
                for (int b = 0; b < len; b++) {
                    int x = utf8[b] & 0xff;
                    f = (f ^ x) * FNV_PRIME;
                    g = (g ^ x) * FNV_PRIME;
                    h = (h ^ x) * FNV_PRIME;
                }
            }
            // (each word of a shingle is followed by one space)
            first = (f ^ ' ') * FNV_PRIME;
            second = (g ^ ' ') * FNV_PRIME;
            third = (h ^ ' ') * FNV_PRIME;
            if (count < SHINGLE) {
                votes.add(fmix(third)); // fewer words than a shingle: each word is a feature
            } else if (j >= SHINGLE - 1) {
                votes.add(fmix(first)); // the shingle of words j-2, j-1 and j is complete
            }
            first = second;
            second = third;
            third = FNV_OFFSET;
        }
        return votes.fingerprint();
    }

    /** 1 for the ASCII letters and digits, 0 for the other ASCII chars. */
    private static final int[] ASCII_WORD = new int[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c) ? 1 : 0;
        }
    }

    /**
     * @param word a word
     * @param out room for 3 bytes per char of {@code word}
     * @return the number of bytes of {@code word}'s UTF-8 written to {@code out}, encoded as {@code getBytes(UTF_8)}
     *     would (a lone surrogate is {@code '?'})
     */
    private static int utf8(String word, byte[] out) {
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xc0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < word.length() && Character.isLowSurrogate(word.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, word.charAt(++i));
                    out[n++] = (byte) (0xf0 | (cp >> 18));
                    out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                    out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                    out[n++] = (byte) (0x80 | (cp & 0x3f));
                } else {
                    out[n++] = '?';
                }
            } else {
                out[n++] = (byte) (0xe0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                out[n++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        return n;
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

    /** The features' votes on each of the 64 bits. */
    private static final class Votes {
        private final int[] ones = new int[64];
        /** Bit 8j+k of each hash is counted in byte j of lanes[k]: eight adds per feature instead of 64. */
        private final long[] lanes = new long[8];
        private int pending;
        private int features;

        void add(long h) {
            for (int k = 0; k < 8; k++) {
                lanes[k] += (h >>> k) & 0x0101010101010101L;
            }
            features++;
            if (++pending == 255) {
                drain(); // before a byte counter can overflow
            }
        }

        private void drain() {
            for (int k = 0; k < 8; k++) {
                for (int j = 0; j < 8; j++) {
                    ones[8 * j + k] += (int) ((lanes[k] >>> (8 * j)) & 0xff);
                }
                lanes[k] = 0;
            }
            pending = 0;
        }

        /** @return the fingerprint: bit b set when more of the features have it set (+1) than not (-1) */
        long fingerprint() {
            drain();
            long fp = 0;
            for (int b = 0; b < 64; b++) {
                if (2 * ones[b] - features > 0) {
                    fp |= 1L << b;
                }
            }
            return fp;
        }
    }

    /** @return the number of bits in which {@code a} and {@code b} differ, 0..64 */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** @return FNV-1a of {@code h} continued over the UTF-8 bytes of {@code word} (as {@link #utf8} encodes them) */
    static long fnv(long h, String word) {
        byte[] bytes = new byte[3 * word.length()];
        int len = utf8(word, bytes);
        for (int k = 0; k < len; k++) {
            h = (h ^ (bytes[k] & 0xff)) * FNV_PRIME;
        }
        return h;
    }

    /** murmur3's fmix64: spreads FNV's weak high bits */
    private static long fmix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
