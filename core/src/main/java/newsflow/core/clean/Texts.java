package newsflow.core.clean;

import java.text.Normalizer;

/** Text normalization shared by the cleaner: whitespace, invisible characters, Unicode NFC. */
public final class Texts {
    private Texts() {
    }

    /**
     * Collapses every run of whitespace (including NO-BREAK SPACE and the other Unicode spaces, and the C0
     * and C1 control characters, U+0085 NEXT LINE among them) to one space, trims, drops U+FEFF (byte-order
     * mark), U+FFFD (replacement character) and U+200B (zero width space), and normalizes to NFC. U+200C
     * ZERO WIDTH NON-JOINER is kept: Persian and Urdu words need it. U+00AD SOFT HYPHEN is kept as the page wrote it (a hyphenation hint, invisible
     * unless the line breaks there).
     *
     * @param s any text; null gives ""
     * @return the cleaned text
     */
    public static String clean(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (isCleanAscii(s)) {
            return s; // most text nodes and anchors: nothing to collapse, drop or normalize
        }
        return cleaned(s);
    }

    /** @return {@link #clean(String)} of the builder's text, without copying it first */
    static String clean(StringBuilder s) {
        if (s.isEmpty()) {
            return "";
        }
        return isCleanAscii(s) ? s.toString() : cleaned(s); // (half of a page's blocks are clean already: one copy)
    }

    private static String cleaned(CharSequence s) {
        int n = s.length();
        char[] out = new char[n];
        int len = 0;
        boolean space = false;
        char max = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\uFEFF' || c == '\uFFFD' || c == '\u200B') {
                continue;
            }
            if (isSpace(c)) {
                space = len > 0;
                continue;
            }
            if (space) {
                out[len++] = ' ';
                space = false;
            }
            out[len++] = c;
            max = c > max ? c : max;
        }
        String cleaned = new String(out, 0, len);
        return isNfc(cleaned, max) ? cleaned : Normalizer.normalize(cleaned, Normalizer.Form.NFC);
    }

    private static final com.ibm.icu.text.Normalizer2 NFC = com.ibm.icu.text.Normalizer2.getNFCInstance();

    /**
     * @param max the greatest char of {@code s}
     * @return true when {@code s} is surely in NFC: its chars all lie below U+0300, where nothing decomposes or
     *     combines (the first combining mark is U+0300, and the other pairs that compose start above it), or ICU's quick
     *     check answers yes for all of it (no allocation, unlike {@code Normalizer.isNormalized}); false when it may
     *     not be, and the JDK's normalizer decides
     */
    private static boolean isNfc(String s, char max) {
        return max < 0x300 || NFC.spanQuickCheckYes(s) == s.length();
    }

    /** @return {@code clean(s).length()}, counted without building the text when {@code s} is ASCII */
    public static int cleanLength(String s) {
        if (s == null) {
            return 0;
        }
        int n = 0;
        boolean seen = false;
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return clean(s).length(); // dropped chars and NFC: as clean does it
            }
            if (isSpace(c)) {
                pendingSpace = seen;
            } else {
                n += pendingSpace ? 2 : 1;
                pendingSpace = false;
                seen = true;
            }
        }
        return n;
    }

    /**
     * @return {@link Character#isWhitespace(char)}, from a list: TAB..CR, FS..SPACE and the Unicode space, line and
     *     paragraph separators except the no-break ones (TextsTest checks it for every char)
     */
    static boolean isJavaWhitespace(char c) {
        if (c < 0x80) {
            return c <= ' ' && (c == ' ' || (c >= '\t' && c <= '\r') || c >= 0x1c);
        }
        return c >= 0x1680 && (c == 0x1680 || (c >= 0x2000 && c <= 0x200a && c != 0x2007) || c == 0x2028 || c == 0x2029
                || c == 0x205f || c == 0x3000);
    }

    /** @return whether {@code c} counts as whitespace: Java whitespace, Unicode space separators, C0 and C1 controls, DEL */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c <= 0x20 || c == 0x7f;
        }
        // C1 controls (U+0080..U+009F, NEL among them) are never visible text either; above them, Java's whitespace
        // and space characters are the Unicode separators Zs, Zl and Zp, listed here (TextsTest checks the list
        // against Character for every char)
        return c <= 0x9f || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
                || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** @return whether {@code s} is printable ASCII with single inner spaces only: what {@link #clean} returns as is */
    private static boolean isCleanAscii(CharSequence s) {
        int n = s.length();
        if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        char prev = 'x';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c <= 0x20 && !(c == ' ' && prev != ' ') || c >= 0x7f) {
                return false;
            }
            prev = c;
        }
        return true;
    }

    /** @return the number of whitespace-separated words in {@code s} (what {@code s.split("\\s+").length} gives for trimmed text) */
    public static int words(String s) {
        return words(s, Integer.MAX_VALUE - 1);
    }

    /**
     * @param limit the count that matters: counting stops past it
     * @return {@link #words(String)}, or {@code limit + 1} when {@code s} has more than {@code limit} words
     */
    public static int words(String s, int limit) {
        int n = 0;
        int in = 0; // whether the last char is in a word
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // (no branch on the char's class: words and spaces alternate every few chars, and the branch mispredicts)
            int word = c < 0x80 ? ASCII_NOT_JAVA_WHITESPACE[c] : isJavaWhitespace(c) ? 0 : 1;
            n += word & (in ^ 1);
            in = word;
            if (n > limit) {
                return Math.max(n, 1); // (a negative limit: 1, as for any text)
            }
        }
        return Math.max(n, 1);
    }

    /** 1 for the ASCII chars that are not {@link #isJavaWhitespace}, 0 for those that are. */
    private static final int[] ASCII_NOT_JAVA_WHITESPACE = new int[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_NOT_JAVA_WHITESPACE[c] = isJavaWhitespace(c) ? 0 : 1;
        }
    }

    /**
     * @return the letters and digits in the text of {@code e}'s subtree, counted over its text nodes (what
     *     {@code letters(e.text())} gives, without building the text)
     */
    public static int letters(org.jsoup.nodes.Element e) {
        int n = 0;
        for (DomWalk.Cursor c = new DomWalk.Cursor(e); c.next(); ) {
            if (c.entering() && c.node() instanceof org.jsoup.nodes.TextNode t) {
                n += letters(t.getWholeText());
            }
        }
        return n;
    }

    /** @return whether {@code s} ends with a colon (ASCII or full-width): a line that introduces what follows */
    public static boolean endsWithColon(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return last == ':' || last == '\uFF1A';
    }

    /**
     * @return whether {@code s} ends with sentence-final punctuation: . ! ?, the Urdu, Arabic and CJK full stops, the
     *     Arabic question mark, the Devanagari danda (Hindi, Marathi, Nepali) and the full-width ! and ?
     */
    public static boolean endsSentence(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '۔' || last == '؟' || last == '。' || last == '\u0964'
                || last == '\uFF01' || last == '\uFF1F';
    }

    /** @return the number of letters and digits in {@code s} (code points), the measure of "real" text */
    public static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += ASCII_ALNUM[c];
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /** 1 for the ASCII letters and digits, 0 for the other ASCII chars (added up: no branch on each char's class). */
    private static final int[] ASCII_ALNUM = new int[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_ALNUM[c] = Character.isLetterOrDigit(c) ? 1 : 0;
        }
    }

    /**
     * @return whether {@code s} contains {@code lower} (ASCII, lower case) with ASCII letters in any case (what a
     *     {@code (?i)} pattern matches: other letters are compared as they are)
     */
    public static boolean containsAsciiIgnoreCase(String s, String lower) {
        for (int i = 0; i + lower.length() <= s.length(); i++) {
            if (regionMatchesAsciiIgnoreCase(s, i, lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether {@code s} holds {@code lower} (ASCII, lower case) at {@code from}, ASCII letters in any case
     * @throws StringIndexOutOfBoundsException if {@code s} ends before {@code from + lower.length()}
     */
    public static boolean regionMatchesAsciiIgnoreCase(String s, int from, String lower) {
        for (int j = 0; j < lower.length(); j++) {
            char c = s.charAt(from + j);
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lower.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
