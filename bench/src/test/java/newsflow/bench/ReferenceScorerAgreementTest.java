package newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import newsflow.bench.peers.JsoupBodyExtractor;
import newsflow.testkit.process.Python;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java metric gives the reference scorer's figures (tools/aeb_score.py) on the same predictions, to three decimals. */
class ReferenceScorerAgreementTest {
    @TempDir
    Path tmp;

    @Test
    void shouldAgreeWithTheReferenceScorerOnTheBenchmarkPages() throws Exception {
        Path shared = Path.of(System.getProperty("newsflow.shared.dir", "../../shared"));
        Path scorer = shared.resolve("tools/aeb_score.py");
        Path corpusDir = shared.resolve("corpus/aeb");
        assumeTrue(Files.exists(scorer) && Files.isDirectory(corpusDir), "shared tools and corpus not beside the project at " + shared);
        assumeTrue(Python.available(), "python3 is not installed");
        Corpus corpus = Corpus.load(corpusDir);
        ExtractionBench.Result r = ExtractionBench.run(corpus, List.of(new JsoupBodyExtractor()), 0, 1, x -> true, null).get(0);
        Path predictions = tmp.resolve("jsoup-body.jsonl");
        ExtractionBench.writePredictions(predictions, r);
        String out = Python.run(scorer, Duration.ofSeconds(60), corpusDir.resolve("ground-truth.json").toString(),
                predictions.toString()).output();
        assertThat(out).contains(String.format(Locale.ROOT, "precision=%.3f recall=%.3f accuracy=%.3f",
                r.score().precision(), r.score().recall(), r.score().accuracy()))
                .contains(String.format(Locale.ROOT, "F1=%.3f", r.score().f1()));
    }
}
