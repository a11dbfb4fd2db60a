package newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import newsflow.app.local.TopicReader;
import newsflow.enrich.strip.ArticleRecords;
import newsflow.schemas.Article;
import newsflow.schemas.DeadLetterHeaders;
import newsflow.schemas.Topics;
import newsflow.testkit.EmbeddedStack;
import newsflow.testkit.junit.EmbeddedStackExtension;
import newsflow.testkit.web.StaticSite;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job end to end against the real broker and registry: the demo's crawl of the seed site, plus a
 * page that cannot be decoded, checked against demo/seed-site/expected.json (and by the shared
 * check_seed.py when python3 and ../shared are there).
 */
@ExtendWith(EmbeddedStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoIT {
    private static final String BROKEN = "/news/2022/01/09/broken.html";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private static EmbeddedStack stack;
    private static StaticSite web;
    private static DemoCommand.Result result;
    private static final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    @BeforeAll
    static void runDemo(EmbeddedStack s) throws Exception {
        stack = s;
        web = StaticSite.serve(SeedPages.DIR);
        byte[] pdf = "%PDF-1.7\n\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1);
        web.override(BROKEN, new StaticSite.Response(200, Map.of("Content-Type", "text/html; charset=utf-8"), pdf));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        result = DemoCommand.run(stack, web, List.of(DemoCommand.SITE_ORIGIN + "/", DemoCommand.SITE_ORIGIN + BROKEN),
                0, tmp.resolve("data"), deadline, new PrintStream(progress, true, StandardCharsets.UTF_8));
        assertThat(result).as("the demo finished before its deadline; progress:\n" + progress).isNotNull();
    }

    @AfterAll
    static void stop() {
        if (web != null) {
            web.close();
        }
    }

    @Test
    @Order(1)
    void shouldEmitEveryExpectedSeedArticleExactly() {
        JsonNode expected = SeedPages.expected();
        assertThat(result.articles()).hasSize(expected.get("articles").size());
        for (JsonNode e : expected.get("articles")) {
            Article a = result.articles().stream().filter(x -> x.getCanonicalUrl().equals(e.get("url").asText()))
                    .findFirst().orElseThrow(() -> new AssertionError("no article for " + e.get("url")));
            assertThat(a.getTitle()).isEqualTo(e.get("title").asText());
            assertThat(a.getLanguage()).isEqualTo(e.get("lang").asText());
            assertThat(a.getDirection().name().toLowerCase()).isEqualTo(e.get("direction").asText());
            assertThat(OffsetDateTime.parse(ArticleRecords.iso(a.getPublished())).toInstant())
                    .isEqualTo(OffsetDateTime.parse(e.get("published").asText()).toInstant());
            List<String> authors = new ArrayList<>();
            e.get("authors").forEach(x -> authors.add(x.asText()));
            assertThat(a.getAuthors()).containsExactlyElementsOf(authors);
            String text = squash(a.getText());
            e.get("paragraphs").forEach(p -> assertThat(text).contains(squash(p.asText())));
            e.get("must_not_contain").forEach(m -> {
                assertThat(a.getText()).doesNotContain(m.asText());
                assertThat(a.getTitle()).doesNotContain(m.asText());
            });
        }
    }

    @Test
    @Order(2)
    void shouldNeverFetchWhatRobotsTxtDisallows() throws Exception {
        assertThat(DemoCommand.robotsDisallowedFetched(SeedPages.DIR, web.requests())).isZero();
        assertThat(web.requests()).extracting(StaticSite.Request::path).doesNotContain("/private/drafts.html");
    }

    @Test
    @Order(3)
    void shouldSendTheUndecodablePageToTheDeadLetterTopicWithItsContext() {
        assertThat(result.deadLetters()).isEqualTo(1);
        try (TopicReader r = new TopicReader(stack.bootstrapServers())) {
            ConsumerRecord<byte[], byte[]> d = r.records(Topics.DLQ).get(0);
            assertThat(DeadLetterHeaders.get(d.headers(), DeadLetterHeaders.URL)).isEqualTo(DemoCommand.SITE_ORIGIN + BROKEN);
            assertThat(DeadLetterHeaders.get(d.headers(), DeadLetterHeaders.STAGE)).isEqualTo("ingest.decode");
            assertThat(DeadLetterHeaders.get(d.headers(), DeadLetterHeaders.TOPIC)).isEqualTo(Topics.FRONTIER);
            assertThat(DeadLetterHeaders.get(d.headers(), DeadLetterHeaders.OFFSET)).matches("\\d+");
            assertThat(DeadLetterHeaders.get(d.headers(), DeadLetterHeaders.MESSAGE)).contains("PDF");
            assertThat(new String(d.value(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.7");
        }
    }

    @Test
    @Order(4)
    void shouldWriteArticlesThatAnyConfluentWireFormatConsumerDecodes() throws Exception {
        ConsumerRecord<byte[], byte[]> rec;
        try (TopicReader r = new TopicReader(stack.bootstrapServers())) {
            rec = r.records(Topics.ARTICLES).get(0);
        }
        ByteBuffer buf = ByteBuffer.wrap(rec.value());
        assertThat(buf.get()).isZero();
        int id = buf.getInt();
        HttpResponse<String> schema = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(stack.schemaRegistryUrl() + "/schemas/ids/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(schema.statusCode()).isEqualTo(200);
        Schema writer = new Schema.Parser().parse(JSON.readTree(schema.body()).get("schema").asText());
        GenericRecord g = new GenericDatumReader<GenericRecord>(writer).read(null,
                DecoderFactory.get().binaryDecoder(rec.value(), 5, rec.value().length - 5, null));
        assertThat(g.get("id").toString()).isEqualTo(new String(rec.key(), StandardCharsets.UTF_8));
        assertThat(result.articles()).extracting(Article::getTitle).contains(g.get("title").toString());
    }

    @Test
    @Order(5)
    void shouldPassTheSharedSeedChecker() throws Exception {
        Path shared = Path.of(System.getProperty("newsflow.shared.dir", "../../shared"));
        Path checker = shared.resolve("tools/check_seed.py");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(checker), "shared/tools/check_seed.py is not beside the project");
        org.junit.jupiter.api.Assumptions.assumeTrue(newsflow.testkit.process.Python.available(), "python3 is not installed");
        Path out = tmp.resolve("a.jsonl");
        List<String> lines = new ArrayList<>();
        result.articles().forEach(a -> lines.add(ArticleJson.line(null, a)));
        Files.write(out, lines, StandardCharsets.UTF_8);
        newsflow.testkit.process.Python.Run run = newsflow.testkit.process.Python.run(checker, java.time.Duration.ofSeconds(60),
                shared.resolve("corpus/seed-site/expected.json").toString(), out.toString());
        assertThat(run.output()).contains("seed articles exact: 3/3");
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    private static String squash(String s) {
        return java.text.Normalizer.normalize(String.join(" ", s.trim().split("\\s+")), java.text.Normalizer.Form.NFC);
    }

}
