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

    private static final BoilerplateLexicon DEFAULT = load("/newsflow/core/boilerplate-lexicon.txt");
    private final List<Entry> entries;

    private BoilerplateLexicon(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt((Entry e) -> e.folded().length()).reversed());
        this.entries = List.copyOf(sorted);
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
        String f = fold(text);
        for (Entry e : entries) {
            if (f.equals(e.folded())) {
                return Optional.of(e.category());
            }
        }
        return Optional.empty();
    }

    /** @return the category of the longest phrase the folded text starts with (at a word boundary), if any */
    public Optional<Entry> prefix(String text) {
        String f = fold(text);
        for (Entry e : entries) {
            if (f.startsWith(e.folded()) && (f.length() == e.folded().length() || !Character.isLetterOrDigit(f.charAt(e.folded().length())))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** @return the first phrase of {@code category} the folded text contains as whole words, if any */
    public Optional<Entry> contains(String text, String category) {
        String f = " " + fold(text) + " ";
        for (Entry e : entries) {
            if (e.category().equals(category) && f.contains(" " + e.folded() + " ")) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Folds text for matching: NFKC, lower case, Arabic-script variants unified, diacritics and tatweel
     * dropped, punctuation turned to spaces, whitespace collapsed.
     */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        boolean space = true;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
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
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == ' ') {
            sb.setLength(len - 1);
        }
        return sb.toString();
    }
}
