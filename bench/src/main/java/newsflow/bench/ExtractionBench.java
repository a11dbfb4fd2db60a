package newsflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsflow.bench.metric.AebMetric;
import newsflow.bench.metric.Bootstrap;
import newsflow.bench.peers.Extractor;

/**
 * Runs extractors side by side over one corpus: each first reads every page {@code warmups} times (JIT,
 * models, caches); then come {@code rounds} timed passes, each pass running every extractor over every page
 * in turn, each call timed; the texts of the last round are scored with {@link AebMetric}. Single-threaded.
 */
public final class ExtractionBench {
    /**
     * One extractor's figures.
     *
     * @param name the extractor
     * @param pages per-page counts, in corpus order (empty for an extractor that extracts nothing, e.g. the bare parse)
     * @param score the figures
     * @param msPerPageMean mean time per page over the timed rounds, ms
     * @param msPerPageMedian median time per page over the timed rounds, ms
     * @param texts the extracted bodies by page key (last round)
     */
    public record Result(String name, List<AebMetric.PageCounts> pages, AebMetric.Score score, double msPerPageMean,
            double msPerPageMedian, Map<String, String> texts) {
        /** @return whether the extractor produced text to score */
        public boolean scored() {
            return !pages.isEmpty();
        }
    }

    private ExtractionBench() {
    }

    /**
     * @param corpus the pages and their ground truth
     * @param extractors run in this order
     * @param warmups untimed passes over the corpus per extractor, all before the first timed pass
     * @param rounds timed passes over the corpus per extractor, at least 1, interleaved across extractors
     * @param scoreTexts whether the extractor's texts are scored (false for a bare parse)
     * @param progress where to say what runs; may be null
     * @return one result per extractor, in order
     */
    public static List<Result> run(Corpus corpus, List<Extractor> extractors, int warmups, int rounds,
            java.util.function.Predicate<Extractor> scoreTexts, PrintStream progress) {
        for (Extractor x : extractors) {
            if (progress != null) {
                progress.println("bench: " + x.name() + " (" + warmups + " warm-up passes over " + corpus.pages().size()
                        + " pages)");
            }
            for (int w = 0; w < warmups; w++) {
                for (Corpus.Page p : corpus.pages()) {
                    extract(x, p);
                }
            }
        }
        // timed passes interleaved, extractor by extractor within each round: whatever the machine does meanwhile
        // (other jobs, GC, a JIT recompiling) falls on every extractor alike
        int pages = corpus.pages().size();
        double[][] nanos = new double[extractors.size()][pages * rounds];
        List<Map<String, String>> texts = new ArrayList<>();
        for (int i = 0; i < extractors.size(); i++) {
            texts.add(new LinkedHashMap<>());
        }
        for (int r = 0; r < rounds; r++) {
            if (progress != null) {
                progress.println("bench: timed pass " + (r + 1) + " of " + rounds + " (every extractor)");
            }
            for (int i = 0; i < extractors.size(); i++) {
                Extractor x = extractors.get(i);
                int n = r * pages;
                for (Corpus.Page p : corpus.pages()) {
                    long t0 = System.nanoTime();
                    String text = extract(x, p);
                    nanos[i][n++] = System.nanoTime() - t0;
                    texts.get(i).put(p.key(), text == null ? "" : text);
                }
            }
        }
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < extractors.size(); i++) {
            Extractor x = extractors.get(i);
            List<AebMetric.PageCounts> counts = new ArrayList<>();
            if (scoreTexts.test(x)) {
                for (Corpus.Page p : corpus.pages()) {
                    counts.add(AebMetric.page(p.truth(), texts.get(i).get(p.key())));
                }
            }
            double[] t = nanos[i];
            Arrays.sort(t);
            double mean = Arrays.stream(t).average().orElse(0) / 1e6;
            double median = (t.length % 2 == 1 ? t[t.length / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2) / 1e6;
            out.add(new Result(x.name(), counts, AebMetric.score(counts), mean, median, texts.get(i)));
        }
        return out;
    }

    /** @throws IllegalStateException naming the extractor and the page when the extractor throws */
    private static String extract(Extractor x, Corpus.Page p) {
        try {
            return x.extract(p);
        } catch (RuntimeException e) {
            throw new IllegalStateException(x.name() + " failed on page " + p.key() + " (" + p.url() + "): " + e, e);
        }
    }

    /** Prints the table: each figure with its 95 % bootstrap interval, then the times. */
    public static void printTable(PrintStream out, List<Result> results) {
        out.printf(Locale.ROOT, "%-14s %-22s %-22s %-22s %-22s %9s %9s%n", "extractor", "F1 [95% CI]", "precision",
                "recall", "accuracy", "ms/page", "median");
        for (Result r : results) {
            if (r.scored()) {
                out.printf(Locale.ROOT, "%-14s %-22s %-22s %-22s %-22s %9.2f %9.2f%n", r.name(),
                        withInterval(r, AebMetric.Score::f1), withInterval(r, AebMetric.Score::precision),
                        withInterval(r, AebMetric.Score::recall), withInterval(r, AebMetric.Score::accuracy),
                        r.msPerPageMean(), r.msPerPageMedian());
            } else {
                out.printf(Locale.ROOT, "%-14s %-22s %-22s %-22s %-22s %9.2f %9.2f%n", r.name(), "-", "-", "-", "-",
                        r.msPerPageMean(), r.msPerPageMedian());
            }
        }
    }

    private static String withInterval(Result r, java.util.function.ToDoubleFunction<AebMetric.Score> f) {
        Bootstrap.Interval i = Bootstrap.interval(r.pages(), f);
        return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", f.applyAsDouble(r.score()), i.low(), i.high());
    }

    /**
     * @return {@code RESULT f1=… precision=… recall=… accuracy=… ms_per_page=… parse_ms_per_page=…
     *     readability4j_f1=… readability4j_ms_per_page=…}; newsflow's figures unless prefixed
     */
    public static String resultLine(Result newsflow, Result parse, Result readability) {
        return String.format(Locale.ROOT, "RESULT f1=%.3f precision=%.3f recall=%.3f accuracy=%.3f ms_per_page=%.2f "
                        + "parse_ms_per_page=%.2f readability4j_f1=%.3f readability4j_ms_per_page=%.2f",
                newsflow.score().f1(), newsflow.score().precision(), newsflow.score().recall(), newsflow.score().accuracy(),
                newsflow.msPerPageMean(), parse.msPerPageMean(), readability.score().f1(), readability.msPerPageMean());
    }

    /** Writes {@code {"key": …, "text": …}} lines, the form {@code tools/aeb_score.py} reads. */
    public static void writePredictions(Path file, Result r) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : r.texts().entrySet()) {
                w.write(json.writeValueAsString(Map.of("key", e.getKey(), "text", e.getValue())));
                w.newLine();
            }
        }
    }
}
