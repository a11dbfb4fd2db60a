package newsflow.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsflow.core.decode.HttpHead;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The seed site's articles come out exactly as {@code corpus/seed-site/expected.json} says. */
class SeedSiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<JsonNode> articles() throws IOException {
        JsonNode exp = JSON.readTree(SharedMaterial.dir().resolve("corpus/seed-site/expected.json").toFile());
        List<JsonNode> out = new ArrayList<>();
        exp.get("articles").forEach(out::add);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void shouldExtractTheSeedArticleExactly(JsonNode exp) throws IOException {
        Path file = SharedMaterial.dir().resolve("corpus/seed-site").resolve(exp.get("file").asText());
        HttpHead head = HttpHead.parse("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n");
        Extraction e = new PageExtractor().extract(new PageInput(exp.get("url").asText(), head, Files.readAllBytes(file),
                Instant.parse("2022-02-01T00:00:00Z")));
        ArticleText a = e.article();
        assertThat(a).as("rejection: %s", e.rejection()).isNotNull();
        assertThat(a.title()).isEqualTo(exp.get("title").asText());
        assertThat(a.language()).isEqualTo(exp.get("lang").asText());
        assertThat(a.direction()).isEqualTo(exp.get("direction").asText());
        assertThat(OffsetDateTime.parse(a.published().iso()).toInstant()).isEqualTo(Instant.parse(exp.get("published").asText()));
        List<String> authors = new ArrayList<>();
        exp.get("authors").forEach(n -> authors.add(n.asText()));
        assertThat(a.authors()).containsExactlyElementsOf(authors);
        List<String> paragraphs = new ArrayList<>();
        exp.get("paragraphs").forEach(n -> paragraphs.add(n.asText()));
        assertThat(a.paragraphs()).containsExactlyElementsOf(paragraphs);
        assertThat(a.canonicalUrl()).isEqualTo(exp.get("url").asText());
        for (JsonNode m : exp.get("must_not_contain")) {
            assertThat(a.text()).doesNotContain(m.asText());
        }
    }
}
