package newsflow.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

/**
 * Every fault case in {@code ../shared/cases} whose {@code expected.json} is about the page's text,
 * title, language or date, read as it is (bytes, headers, URL), checked the way
 * {@code tools/check_cases.py} checks {@code newsflow extract}.
 */
class SharedCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PageExtractor EXTRACTOR = new PageExtractor();

    static Stream<Path> cases() throws IOException {
        Path root = SharedMaterial.dir().resolve("cases");
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(d -> Files.exists(d.resolve("expected.json")) && Files.exists(d.resolve("input.html")))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldExtractWhatTheCaseExpects(Path dir) throws IOException {
        JsonNode exp = JSON.readTree(dir.resolve("expected.json").toFile());
        String url = Files.exists(dir.resolve("url.txt")) ? Files.readString(dir.resolve("url.txt")).trim() : "http://case.example.test/";
        HttpHead head = Files.exists(dir.resolve("headers.txt"))
                ? HttpHead.parse(Files.readString(dir.resolve("headers.txt"), StandardCharsets.ISO_8859_1)) : HttpHead.NONE;
        List<PageInput> next = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().matches("page.*\\.html")).sorted().toList()) {
                next.add(new PageInput(url, head, Files.readAllBytes(p), Instant.now()));
            }
        }
        Extraction e = EXTRACTOR.extract(new PageInput(url, head, Files.readAllBytes(dir.resolve("input.html")), Instant.now()), next);

        if (exp.get("title").isNull()) {
            assertThat(e.article()).as("no article for a page that is not one").isNull();
            assertThat(e.rejection()).isNotBlank();
            return;
        }
        assertThat(e.article()).as("rejection: %s", e.rejection()).isNotNull();
        ArticleText a = e.article();
        String text = norm(a.text());
        assertThat(norm(a.title())).isEqualTo(norm(exp.get("title").asText()));
        if (exp.hasNonNull("lang")) {
            assertThat(a.language()).isEqualTo(exp.get("lang").asText());
            // direction: what expected-extra.json says, else the script's (ar, ur, fa are written right to left)
            String direction = java.util.Set.of("ar", "ur", "fa").contains(exp.get("lang").asText()) ? "rtl" : "ltr";
            java.nio.file.Path extra = dir.resolve("expected-extra.json");
            if (java.nio.file.Files.exists(extra)) {
                com.fasterxml.jackson.databind.JsonNode x = new com.fasterxml.jackson.databind.ObjectMapper().readTree(extra.toFile());
                if (x.hasNonNull("direction")) {
                    direction = x.get("direction").asText().toLowerCase(java.util.Locale.ROOT);
                }
            }
            assertThat(a.direction()).isEqualTo(direction);
        }
        if (exp.has("published")) {
            assertSameDate(a.published() == null ? null : a.published().iso(), exp.get("published").isNull() ? null : exp.get("published").asText());
        }
        if (exp.hasNonNull("body_starts_with")) {
            assertThat(text).startsWith(norm(exp.get("body_starts_with").asText()));
        }
        if (exp.hasNonNull("body_ends_with")) {
            assertThat(text).endsWith(norm(exp.get("body_ends_with").asText()));
        }
        for (JsonNode m : exp.path("must_contain")) {
            assertThat(text).contains(norm(m.asText()));
        }
        for (JsonNode m : exp.path("must_not_contain")) {
            assertThat(a.text()).doesNotContain(m.asText());
            assertThat(a.title()).doesNotContain(m.asText());
        }
    }

    static void assertSameDate(String got, String expected) {
        if (expected == null || got == null) {
            assertThat(got).isEqualTo(expected);
        } else if (expected.length() == 10 || got.length() == 10) {
            assertThat(got).isEqualTo(expected);
        } else {
            assertThat(OffsetDateTime.parse(got.replace("Z", "+00:00")).toInstant())
                    .isEqualTo(OffsetDateTime.parse(expected.replace("Z", "+00:00")).toInstant());
        }
    }

    static String norm(String s) {
        return java.text.Normalizer.normalize(String.join(" ", (s == null ? "" : s).trim().split("\\s+")),
                java.text.Normalizer.Form.NFC);
    }
}
