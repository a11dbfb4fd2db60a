package newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import newsflow.core.Extraction;
import newsflow.core.PageExtractor;
import newsflow.core.PageInput;
import newsflow.core.clean.PageCleaner;
import newsflow.core.decode.HttpHead;
import newsflow.enrich.PipelineVersion;
import newsflow.enrich.topology.EnrichStats;
import newsflow.enrich.topology.EnrichTopology;
import newsflow.ingest.fetch.FetchResult;
import newsflow.ingest.publish.CleanPages;
import newsflow.schemas.Article;
import newsflow.schemas.CleanPage;
import newsflow.schemas.Topics;
import newsflow.schemas.registry.LocalRegistry;
import newsflow.schemas.serde.AvroSerdeConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DESIGN.md, "One per-page function": for the first page of a site, the topology's Article equals
 * {@code extract}'s. The page goes the crawler's way (cleaner → CleanPage → Avro bytes → topology) and
 * the extract way (per-page function → Article), and the two records must be equal field for field
 * (processedAt aside, which is the time of processing).
 */
class TopologyMatchesExtractTest {
    private static final HttpHead HEAD = HttpHead.parse("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n");

    static List<String> seedArticles() {
        return SeedPages.articleFiles();
    }

    @ParameterizedTest
    @MethodSource("seedArticles")
    void shouldEmitFromTheTopologyTheArticleThatExtractPrints(String file) {
        String url = "https://urdu-news.example/" + file;
        Instant fetchedAt = Instant.parse("2026-01-02T03:04:05.678Z");
        PageInput input = new PageInput(url, HEAD, SeedPages.read(file), fetchedAt);

        Extraction e = new PageExtractor().extract(input);
        Article fromExtract = ArticleJson.article(e, fetchedAt);

        var cleaned = new PageCleaner().clean(input);
        CleanPage record = CleanPages.toRecord(new FetchResult(url, url, HEAD, input.body(), false, fetchedAt, List.of()),
                cleaned.page(), "urdu-news.example");
        try (LocalRegistry registry = new LocalRegistry(1)) {
            Topics topics = Topics.create(registry.client(),
                    new AvroSerdeConfig(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url())));
            Properties p = new Properties();
            p.put(StreamsConfig.APPLICATION_ID_CONFIG, "match-test");
            p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
            try (TopologyTestDriver d = new TopologyTestDriver(
                    EnrichTopology.build(topics, new EnrichStats(), PipelineVersion.get()), p)) {
                d.createInputTopic(Topics.PAGES, new StringSerializer(), topics.pages().valueSerde().serializer())
                        .pipeInput("urdu-news.example", record);
                Article fromTopology = d.createOutputTopic(Topics.ARTICLES, new StringDeserializer(),
                        topics.articles().valueSerde().deserializer()).readValue();
                Article same = Article.newBuilder(fromTopology).setProcessedAt(fromExtract.getProcessedAt()).build();
                assertThat(same).isEqualTo(fromExtract);
                assertThat(fromTopology.getUrl()).isEqualTo(url);
                assertThat(fromTopology.getLanguage()).isEqualTo("ur");
            }
        }
    }
}
