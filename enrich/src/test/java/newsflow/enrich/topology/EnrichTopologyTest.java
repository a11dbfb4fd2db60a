package newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import newsflow.enrich.strip.ArticleRecords;
import newsflow.schemas.Article;
import newsflow.schemas.CleanPage;
import newsflow.schemas.DeadLetterHeaders;
import newsflow.schemas.Direction;
import newsflow.schemas.Topics;
import newsflow.schemas.registry.LocalRegistry;
import newsflow.schemas.serde.AvroSerdeConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {
    private static final String PROSE = "The council voted on Tuesday to extend the city's flood defences along the river, "
            + "a plan that engineers say will protect twelve thousand homes.";

    private LocalRegistry registry;
    private Topics topics;
    private EnrichStats stats;
    private TopologyTestDriver driver;
    private TestInputTopic<String, CleanPage> pages;
    private TestInputTopic<String, byte[]> rawPages;
    private TestOutputTopic<String, Article> articles;
    private TestOutputTopic<byte[], byte[]> dlq;

    @BeforeEach
    void start() {
        registry = new LocalRegistry(1);
        AvroSerdeConfig serde = new AvroSerdeConfig(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url()));
        topics = Topics.create(registry.client(), serde);
        stats = new EnrichStats();
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        driver = new TopologyTestDriver(EnrichTopology.build(topics, stats, "test-version"), p,
                Instant.parse("2024-03-12T12:00:00Z"));
        pages = driver.createInputTopic(Topics.PAGES, new StringSerializer(), topics.pages().valueSerde().serializer());
        rawPages = driver.createInputTopic(Topics.PAGES, new StringSerializer(), new ByteArraySerializer());
        articles = driver.createOutputTopic(Topics.ARTICLES, new StringDeserializer(),
                topics.articles().valueSerde().deserializer());
        dlq = driver.createOutputTopic(Topics.DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
        registry.close();
    }

    @Test
    void shouldEmitTheArticleKeyedByTheIdOfItsCanonicalUrl() {
        String url = "https://news.example/2024/03/floods.html";
        pages.pipeInput("news.example", Pages.page(url, "Flood defences extended", "2024-03-12T08:15:00+05:00",
                PROSE, PROSE.replace("Tuesday", "Monday"), "Related: more on floods|lexicon:related"));
        KeyValue<String, Article> kv = articles.readKeyValue();
        assertThat(kv.key).isEqualTo(ArticleRecords.id(url)).hasSize(64);
        Article a = kv.value;
        assertThat(a.getTitle()).isEqualTo("Flood defences extended");
        assertThat(a.getParagraphs()).hasSize(2).noneMatch(p -> p.startsWith("Related"));
        assertThat(a.getLanguage()).isEqualTo("en");
        assertThat(a.getDirection()).isEqualTo(Direction.LTR);
        assertThat(a.getPublished().getEpochMillis()).isEqualTo(Instant.parse("2024-03-12T03:15:00Z"));
        assertThat(a.getPublished().getOffsetSeconds()).isEqualTo(18000);
        assertThat(a.getProcessedAt()).isEqualTo(Instant.parse("2024-03-12T12:00:00Z"));
        assertThat(a.getPipelineVersion()).isEqualTo("test-version");
        assertThat(a.getSimhash()).isNotZero();
        assertThat(articles.isEmpty()).isTrue();
    }

    @Test
    void shouldCountRemovedBoilerplateByReason() {
        pages.pipeInput("news.example", Pages.page("https://news.example/a.html", "A story", null, PROSE,
                "Share on Facebook|lexicon:share", "Share on X|lexicon:share", "Accept cookies|class:cookie"));
        Article a = articles.readValue();
        assertThat(a.getBoilerplate().getBlocks()).isEqualTo(3);
        assertThat(a.getBoilerplate().getChars()).isEqualTo("Share on Facebook".length() + "Share on X".length()
                + "Accept cookies".length());
        assertThat(a.getBoilerplate().getByReason()).containsOnlyKeys("lexicon:share", "class:cookie");
        assertThat(a.getBoilerplate().getByReason().get("lexicon:share").getBlocks()).isEqualTo(2);
        assertThat(stats.removedBlocks()).containsEntry("lexicon:share", 2L).containsEntry("class:cookie", 1L);
    }

    @Test
    void shouldEmitNothingButCountAPageWithoutAnArticle() {
        pages.pipeInput("news.example", Pages.page("https://news.example/", "Home", null, "Home|structure:nav"));
        assertThat(articles.isEmpty()).isTrue();
        assertThat(dlq.isEmpty()).isTrue();
        assertThat(stats.notArticles()).containsEntry("no main content found", 1L);
    }

    @Test
    void shouldSendAnUndeserializableRecordToTheDeadLetterTopicAndGoOn() {
        byte[] garbage = {0x7b, 0x22, 0x6e, 0x6f, 0x74, 0x20, 0x61, 0x76, 0x72, 0x6f};
        rawPages.pipeInput("news.example", garbage);
        pages.pipeInput("news.example", Pages.page("https://news.example/b.html", "B story", null, PROSE));
        TestRecord<byte[], byte[]> d = dlq.readRecord();
        assertThat(d.value()).isEqualTo(garbage);
        assertThat(new String(d.key())).isEqualTo("news.example");
        assertThat(DeadLetterHeaders.get(d.headers(), DeadLetterHeaders.TOPIC)).isEqualTo(Topics.PAGES);
        assertThat(DeadLetterHeaders.get(d.headers(), DeadLetterHeaders.OFFSET)).isEqualTo("0");
        assertThat(DeadLetterHeaders.get(d.headers(), DeadLetterHeaders.PARTITION)).isEqualTo("0");
        assertThat(DeadLetterHeaders.get(d.headers(), DeadLetterHeaders.STAGE)).isEqualTo("enrich.deserialize");
        assertThat(DeadLetterHeaders.get(d.headers(), DeadLetterHeaders.EXCEPTION)).contains("Exception");
        assertThat(articles.readValue().getTitle()).isEqualTo("B story");
    }
}
