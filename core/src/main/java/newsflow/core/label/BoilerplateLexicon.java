package newsflow.core.label;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Phrases that mark boilerplate in many languages ("Related articles", "مواضيع ذات صلة",
 * "یہ بھی پڑھیں", "اقرأ أيضا", "شیئر کریں", cookie, newsletter, copyright), read from the data file
 * {@code newsflow/core/boilerplate-lexicon.txt} ({@code category TAB phrase} per line).
 *
 * <p>Matching folds case, Arabic-script letter variants (alef forms, Arabic/Persian yeh and kaf, teh
 * marbuta), diacritics and tatweel, punctuation and whitespace, so a phrase written once matches the
 * spellings pages use. Immutable and thread-safe.
 */
public final class BoilerplateLexicon {
    /** A phrase and the category it belongs to. */
    public record Entry(String category, String phrase, String folded) {
    }

    private static final com.ibm.icu.text.Normalizer2 NFKC = com.ibm.icu.text.Normalizer2.getNFKCInstance();
    /**
     * Each ASCII char as {@link #fold} keeps it: a letter in lower case, a digit, or 0 for a word break. (Before the
     * shipped lexicon, which is folded as it loads.)
     */
    private static final char[] ASCII_FOLDED = new char[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_FOLDED[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
        }
    }

    private static final BoilerplateLexicon DEFAULT = load("/newsflow/core/boilerplate-lexicon.txt");
    private final List<Entry> entries;
    /** Category of each folded phrase, for whole-text matches. */
    private final java.util.Map<String, String> byPhrase = new java.util.HashMap<>();
    /** The longest folded phrase's length (UTF-16 chars): a longer text equals none, and is not hashed to find out. */
    private final int longestPhrase;
    /** Phrases by their first folded word, longest first, so a text is matched word by word, not phrase by phrase. */
    private final java.util.Map<String, List<Entry>> byFirstWord = new java.util.HashMap<>();

    /**
     * Bit {@link #startKey} of each phrase's first word: a word whose bit is clear starts no phrase, and is passed
     * over without a map lookup (most words of a text).
     */
    private final java.util.BitSet starts = new java.util.BitSet(1 << 16);

    private BoilerplateLexicon(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt((Entry e) -> e.folded().length()).reversed());
        this.entries = List.copyOf(sorted);
        this.longestPhrase = sorted.isEmpty() ? 0 : sorted.get(0).folded().length();
        for (Entry e : this.entries) {
            byPhrase.putIfAbsent(e.folded(), e.category());
            byFirstWord.computeIfAbsent(firstWord(e.folded(), 0), k -> new ArrayList<>()).add(e);
            starts.set(startKey(e.folded(), 0));
        }
    }

    /**
     * @param categories the categories to keep
     * @return a lexicon of this one's phrases of those categories, in the same order: {@link #containsEachFolded} on it
     *     finds what it finds on this one for those categories, with a map lookup at fewer of the text's words
     */
    public BoilerplateLexicon restrictedTo(java.util.Collection<String> categories) {
        return new BoilerplateLexicon(entries.stream().filter(e -> categories.contains(e.category())).toList());
    }

    /** @return a 16-bit key of the first two chars of the word of folded text {@code f} that starts at {@code i} */
    private static int startKey(String f, int i) {
        char c1 = i + 1 < f.length() ? f.charAt(i + 1) : ' ';
        return (f.charAt(i) * 31 + c1) & 0xffff;
    }

    /** @return the phrases whose first word is the word of {@code f} that starts at {@code i}, or null */
    private List<Entry> startingAt(String f, int i) {
        return starts.get(startKey(f, i)) ? byFirstWord.get(firstWord(f, i)) : null;
    }

    private static String firstWord(String folded, int from) {
        int sp = folded.indexOf(' ', from);
        return folded.substring(from, sp < 0 ? folded.length() : sp);
    }

    /** @return {@code text} folded for matching ({@link #fold}); fold once, then match with the {@code *Folded} methods */
    public static String folded(String text) {
        return fold(text);
    }

    /** @return the lexicon shipped with newsflow */
    public static BoilerplateLexicon defaults() {
        return DEFAULT;
    }

    /**
     * @param resource classpath resource in the lexicon format
     * @return the lexicon
     * @throws UncheckedIOException if the resource is missing or unreadable
     */
    public static BoilerplateLexicon load(String resource) {
        InputStream in = BoilerplateLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("lexicon resource not found: " + resource));
        }
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                String phrase = line.substring(tab + 1).trim();
                String folded = fold(phrase);
                if (!folded.isEmpty()) {
                    entries.add(new Entry(line.substring(0, tab).trim(), phrase, folded));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
        return new BoilerplateLexicon(entries);
    }

    /** @return the category of a phrase the whole (folded) text equals, if any */
    public Optional<String> whole(String text) {
        return wholeFolded(fold(text));
    }

    /** @return {@link #whole} for text already {@link #folded} */
    public Optional<String> wholeFolded(String f) {
        return f.length() > longestPhrase ? Optional.empty() : Optional.ofNullable(byPhrase.get(f));
    }

    /** @return the category of the longest phrase the folded text starts with (at a word boundary), if any */
    public Optional<Entry> prefix(String text) {
        return prefixFolded(fold(text));
    }

    /** @return {@link #prefix} for text already {@link #folded} */
    public Optional<Entry> prefixFolded(String f) {
        return phraseAt(f, 0, null);
    }

    /** @return the first phrase of {@code category} the folded text contains as whole words, if any */
    public Optional<Entry> contains(String text, String category) {
        return containsFolded(fold(text), category);
    }

    /** @return {@link #contains} for text already {@link #folded} */
    public Optional<Entry> containsFolded(String f, String category) {
        return containsEachFolded(f, List.of(category)).stream().findFirst();
    }

    /**
     * @param f text already {@link #folded}
     * @param categories the categories wanted
     * @return for each of {@code categories} that has a phrase {@code f} contains as whole words, the first such
     *     phrase, in the order of {@code categories}; one pass over the words of {@code f} for all categories
     */
    public List<Entry> containsEachFolded(String f, List<String> categories) {
        Entry[] found = new Entry[categories.size()];
        for (int i = 0; i < f.length(); i = nextWord(f, i)) {
            List<Entry> candidates = startingAt(f, i);
            if (candidates == null) {
                continue;
            }
            for (Entry e : candidates) {
                int c = categories.indexOf(e.category());
                int end = i + e.folded().length();
                if (c >= 0 && found[c] == null && f.startsWith(e.folded(), i)
                        && (end == f.length() || !Character.isLetterOrDigit(f.charAt(end)))) {
                    found[c] = e;
                }
            }
        }
        List<Entry> out = new ArrayList<>();
        for (Entry e : found) {
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** @return where the word after the one at {@code i} starts in folded text {@code f}, or its length */
    private static int nextWord(String f, int i) {
        int sp = f.indexOf(' ', i);
        return sp < 0 ? f.length() : sp + 1;
    }

    /** @return the longest phrase (of {@code category}, when not null) that starts at word start {@code i} of {@code f} */
    private Optional<Entry> phraseAt(String f, int i, String category) {
        if (i >= f.length()) {
            return Optional.empty();
        }
        List<Entry> candidates = startingAt(f, i);
        if (candidates == null) {
            return Optional.empty();
        }
        for (Entry e : candidates) {
            int end = i + e.folded().length();
            if ((category == null || e.category().equals(category)) && f.startsWith(e.folded(), i)
                    && (end == f.length() || !Character.isLetterOrDigit(f.charAt(end)))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a phrase a text starts with ({@link #prefixFolded}) is set off from what follows it, as an interface label
     * is ("Share: Facebook", "Related — …", "Home › News", "Comments (12)"), and not the start of a sentence ("Home
     * prices rose", "Share prices fell", "Comments from the minister…"). Words are counted as {@link #fold} counts them.
     *
     * @param text the text, as it was before folding
     * @param phrase a phrase {@code text} starts with, folded
     * @return whether the phrase ends the text, or is followed by a sign other than white space before the next word
     */
    public static boolean isSetOff(String text, Entry phrase) {
        int words = 1;
        for (int i = 0; i < phrase.folded().length(); i++) {
            words += phrase.folded().charAt(i) == ' ' ? 1 : 0;
        }
        int i = 0;
        int n = text.length();
        for (int w = 0; w < words; w++) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
        }
        for (; i < n && !isWordChar(text.charAt(i)); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                return true;
            }
        }
        return i == n;
    }

    /**
     * @return whether {@code c} is one of the punctuation marks and spaces English text carries beside ASCII (no-break
     *     space, « », ·, dashes, curly quotes, bullet, ellipsis): {@link #fold} makes each a word break, and NFKC neither
     *     changes them into a letter or digit nor joins them to a neighbour
     */
    private static boolean isPlainPunctuation(char c) {
        return c == '\u00A0' || c == '\u00AB' || c == '\u00BB' || c == '\u00B7' || (c >= '\u2010' && c <= '\u2027');
    }

    /**
     * @return {@link #fold} of text of ASCII and {@link #isPlainPunctuation} only, which NFKC and the Arabic-script rules
     *     leave as it is; without a branch on each char's class (they alternate every few chars, and mispredict)
     */
    private static String foldSimple(String s) {
        char[] out = new char[s.length()];
        int len = 0;
        int space = 1; // whether the last char written is a space (or nothing is written yet)
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char folded = c < 0x80 ? ASCII_FOLDED[c] : 0;
            int kept = folded != 0 ? 1 : 0;
            out[len] = kept != 0 ? folded : ' ';
            len += kept | (space ^ 1); // a break writes a space only after a kept char
            space = kept ^ 1;
        }
        if (len > 0 && out[len - 1] == ' ') {
            len--;
        }
        return new String(out, 0, len);
    }

    /** @return whether {@link #fold} keeps {@code c} inside a word: a letter or digit, or a mark, tatweel or joiner it drops */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640'
                || c == '\u200C' || c == '\u200D';
    }

    /**
     * Folds text for matching: NFKC, lower case, Arabic-script variants unified, diacritics and tatweel
     * dropped, punctuation turned to spaces, whitespace collapsed.
     */
    static String fold(String s) {
        boolean simple = true;
        for (int i = 0; i < s.length() && simple; i++) {
            char c = s.charAt(i);
            simple = c < 0x80 || isPlainPunctuation(c);
        }
        if (simple) {
            return foldSimple(s);
        }
        // text ICU's quick check finds in NFKC is left as it is: the JDK's normalizer only for the rest (a char that may
        // change under NFKC keeps that property in every later Unicode version, so ICU's newer data never passes what
        // the JDK would change)
        boolean nfkc = NFKC.spanQuickCheckYes(s) == s.length();
        String normalized = nfkc ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        // Latin-1 text is lower-cased char by char below (what String.toLowerCase does for it, without the copy)
        boolean latin1 = true;
        for (int i = 0; i < normalized.length() && latin1; i++) {
            latin1 = normalized.charAt(i) < 0x100;
        }
        String n = latin1 ? normalized : normalized.toLowerCase(Locale.ROOT);
        // a char buffer, not a StringBuilder: the builder would copy itself wider at the first non-Latin-1 letter
        char[] out = new char[n.length()];
        int len = 0;
        boolean space = true;
        for (int i = 0; i < n.length(); i++) {
            char c = latin1 ? Character.toLowerCase(n.charAt(i)) : n.charAt(i);
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> c = 'ا';
                case 'ى', 'ي', 'ئ', 'ے' -> c = 'ی';
                case 'ك' -> c = 'ک';
                case 'ة' -> c = 'ه';
                case 'ہ', 'ھ' -> c = 'ه';
                case 'ؤ' -> c = 'و';
                default -> {
                }
            }
            // Harakat, superscript alef and tatweel carry no meaning for matching; ZWNJ/ZWJ join Persian
            // morphemes, so "می‌شود" and "میشود" fold alike.
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || c == '\u200C' || c == '\u200D') {
                continue;
            }
            if (c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') : Character.isLetterOrDigit(c)) {
                out[len++] = c;
                space = false;
            } else if (!space) {
                out[len++] = ' ';
                space = true;
            }
        }
        if (len > 0 && out[len - 1] == ' ') {
            len--;
        }
        return new String(out, 0, len);
    }
}
