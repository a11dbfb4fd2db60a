package newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsflow.core.clean.RawTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@link RawTextStripper} on the benchmark's real pages: Jsoup's tree of each stripped page is the tree of the page as
 * it came but for the text of its scripts (JSON-LD aside) and styles, and about half the bytes go.
 */
class RawTextStripperCorpusTest {
    @Test
    void shouldLeaveEveryBenchmarkPageTreeAsItWasApartFromRawText() {
        Path corpusDir = Path.of(System.getProperty("newsflow.shared.dir", "../../shared")).resolve("corpus/aeb");
        assumeTrue(Files.isDirectory(corpusDir), "benchmark folder not beside the project at " + corpusDir);
        long before = 0;
        long after = 0;
        for (Corpus.Page p : Corpus.load(corpusDir).pages()) {
            byte[] stripped = RawTextStripper.strip(p.html());
            before += p.html().length;
            after += stripped.length;
            String original = emptied(Jsoup.parse(new String(p.html(), StandardCharsets.UTF_8), p.url())).outerHtml();
            String fromStripped = emptied(Jsoup.parse(new String(stripped, StandardCharsets.UTF_8), p.url())).outerHtml();
            assertThat(fromStripped).as(p.url()).isEqualTo(original);
        }
        assertThat((double) after / before).as("share of the bytes kept").isBetween(0.3, 0.7);
    }

    private static Document emptied(Document d) {
        for (Element e : d.select("script:not([type*=ld+json]), style")) {
            e.empty();
        }
        for (Element e : d.getAllElements()) {
            e.attributes().asList().stream().map(org.jsoup.nodes.Attribute::getKey).filter(RawTextStripper::dropsAttribute)
                    .toList().forEach(e::removeAttr);
        }
        return d;
    }
}
