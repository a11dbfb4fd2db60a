package newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsflow.bench.peers.NewsflowExtractor;
import org.junit.jupiter.api.Test;

/**
 * The per-page path over every page of the benchmark folder: no page may make it throw, and the figures
 * stay at the bars issue 5 sets (F1 ≥ 0.975, accuracy ≥ 0.45). Deterministic: the same pages give the same
 * figures on every run; a change that costs quality fails here, not in a later benchmark run.
 */
class BenchmarkQualityTest {
    @Test
    void shouldExtractEveryBenchmarkPageAtTheQualityBars() {
        Path corpusDir = Path.of(System.getProperty("newsflow.shared.dir", "../../shared")).resolve("corpus/aeb");
        assumeTrue(Files.isDirectory(corpusDir), "benchmark folder not beside the project at " + corpusDir);
        Corpus corpus = Corpus.load(corpusDir);
        ExtractionBench.Result r = ExtractionBench.run(corpus, List.of(new NewsflowExtractor()), 0, 1, x -> true, null).get(0);
        assertThat(corpus.pages()).hasSizeGreaterThanOrEqualTo(100);
        assertThat(r.score().f1()).as("F1").isGreaterThanOrEqualTo(0.975);
        assertThat(r.score().accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.45);
    }
}
