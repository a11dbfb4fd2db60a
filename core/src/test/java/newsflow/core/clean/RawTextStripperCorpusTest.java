package newsflow.core.clean;

import static newsflow.core.clean.StrippedTrees.emptied;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import newsflow.core.SharedMaterial;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * {@link RawTextStripper} on the benchmark's real pages ({@code corpus/aeb/html/*.html.gz} of the shared folder): Jsoup's
 * tree of each stripped page is the tree of the page as it came but for what it removes ({@link StrippedTrees#emptied})
 * and the length of runs of white space, and about two thirds of the bytes go.
 */
class RawTextStripperCorpusTest {
    @Test
    void shouldLeaveEveryBenchmarkPageTreeAsItWasApartFromRawText() throws IOException {
        Path html = SharedMaterial.dir().resolve("corpus/aeb/html");
        List<Path> pages;
        try (var files = Files.list(html)) {
            pages = files.filter(f -> f.getFileName().toString().endsWith(".html.gz")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(100);
        long before = 0;
        long after = 0;
        for (Path page : pages) {
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                bytes = in.readAllBytes();
            }
            byte[] stripped = RawTextStripper.strip(bytes);
            before += bytes.length;
            after += stripped.length;
            String base = "https://example.com/" + page.getFileName();
            String original = emptied(Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), base)).outerHtml();
            String fromStripped = emptied(Jsoup.parse(new String(stripped, StandardCharsets.UTF_8), base)).outerHtml();
            assertThat(fromStripped).as(page.getFileName().toString()).isEqualTo(original);
        }
        assertThat((double) after / before).as("share of the bytes kept").isBetween(0.2, 0.5);
    }
}
