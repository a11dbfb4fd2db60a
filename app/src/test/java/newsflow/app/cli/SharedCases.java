package newsflow.app.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsflow.core.PageInput;
import newsflow.core.clean.PageCleaner;
import newsflow.core.decode.HttpHead;
import newsflow.ingest.fetch.FetchResult;
import newsflow.ingest.publish.CleanPages;
import newsflow.schemas.CleanPage;

/** The team's shared cases ({@code ../shared/cases}), read as they are, for the app's Kafka-level tests. */
final class SharedCases {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SharedCases() {
    }

    /** @return the case folder; the calling test is skipped, with the reason, when the shared material is absent */
    static Path dir(String name) {
        String prop = System.getProperty("newsflow.shared.dir");
        Path p = (prop != null ? Path.of(prop) : Path.of("..", "..", "shared")).resolve("cases").resolve(name);
        assumeTrue(Files.isDirectory(p), "shared case " + name + " not found at " + p.toAbsolutePath()
                + " (set -Dnewsflow.shared.dir)");
        return p;
    }

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the page the crawler would put on news.pages for this response */
    static CleanPage cleanPage(String url, HttpHead head, byte[] body, Instant fetchedAt) {
        PageInput in = new PageInput(url, head, body, fetchedAt);
        var cleaned = new PageCleaner().clean(in);
        return CleanPages.toRecord(new FetchResult(url, url, head, body, false, fetchedAt, List.of()), cleaned.page(),
                cleaned.page().site());
    }

    static HttpHead head(Path dir) {
        try {
            return HttpHead.parse(Files.readString(dir.resolve("headers.txt"), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts an article against a case's expected.json (title, language, published instant, body start and end, must/must-not). */
    static void assertMatches(newsflow.schemas.Article a, JsonNode e) {
        org.assertj.core.api.Assertions.assertThat(a.getTitle()).isEqualTo(e.get("title").asText());
        org.assertj.core.api.Assertions.assertThat(a.getLanguage()).isEqualTo(e.get("lang").asText());
        String published = newsflow.enrich.strip.ArticleRecords.iso(a.getPublished());
        org.assertj.core.api.Assertions.assertThat(java.time.OffsetDateTime.parse(published).toInstant())
                .isEqualTo(java.time.OffsetDateTime.parse(e.get("published").asText()).toInstant());
        String text = a.getText();
        org.assertj.core.api.Assertions.assertThat(text).startsWith(e.get("body_starts_with").asText())
                .endsWith(e.get("body_ends_with").asText());
        e.get("must_contain").forEach(m -> org.assertj.core.api.Assertions.assertThat(text).contains(m.asText()));
        e.get("must_not_contain").forEach(m -> org.assertj.core.api.Assertions.assertThat(text).doesNotContain(m.asText()));
    }
}
