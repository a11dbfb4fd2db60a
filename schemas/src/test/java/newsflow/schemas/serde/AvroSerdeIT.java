package newsflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import newsflow.schemas.Article;
import newsflow.schemas.ArticleDate;
import newsflow.schemas.BoilerplateRemoval;
import newsflow.schemas.DateSource;
import newsflow.schemas.Direction;
import newsflow.schemas.RemovalCount;
import newsflow.schemas.SourceInfo;
import newsflow.schemas.TopicSpec;
import newsflow.schemas.Topics;
import newsflow.schemas.registry.Compatibility;
import newsflow.schemas.registry.RegistryClientConfig;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.testkit.EmbeddedStack;
import newsflow.testkit.junit.EmbeddedStackExtension;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Avro records through the real broker and the real registry, as a producer and consumers use them. */
@ExtendWith(EmbeddedStackExtension.class)
class AvroSerdeIT {

    static Article article(String id, String title) {
        return Article.newBuilder()
                .setId(id).setUrl("https://urdu-news.example/news/" + id).setCanonicalUrl("https://urdu-news.example/news/" + id)
                .setSite("urdu-news.example").setTitle(title).setAuthors(List.of("نامہ نگار"))
                .setPublished(ArticleDate.newBuilder().setEpochMillis(Instant.parse("2021-12-31T03:15:00Z"))
                        .setOffsetSeconds(18000).setSource(DateSource.JSON_LD).build())
                .setFetchedAt(Instant.ofEpochMilli(1_700_000_000_000L)).setProcessedAt(Instant.ofEpochMilli(1_700_000_001_000L))
                .setLanguage("ur").setLanguageConfidence(0.93).setScript("Arab").setDirection(Direction.RTL)
                .setText("پہلا پیراگراف۔\nدوسرا پیراگراف۔").setParagraphs(List.of("پہلا پیراگراف۔", "دوسرا پیراگراف۔"))
                .setWordCount(4).setSentenceCount(2).setReadingTimeSeconds(2).setLead("پہلا پیراگراف۔").setSimhash(-42L)
                .setBoilerplate(BoilerplateRemoval.newBuilder().setBlocks(1).setChars(15)
                        .setByReason(Map.of("lexicon:related", new RemovalCount(1, 15))).build())
                .setSource(SourceInfo.newBuilder().setHttpStatus(200).setCharset("UTF-8").setContentType("text/html").build())
                .setPipelineVersion("test").build();
    }

    @Test
    void shouldProduceArticlesAndReadThemBackThroughTheRegistry(EmbeddedStack stack) throws Exception {
        SchemaRegistryClient client = new SchemaRegistryClient(RegistryClientConfig.builder(stack.schemaRegistryUrl()).build());
        AvroSerdeConfig config = new AvroSerdeConfig(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl()));
        TopicSpec<String, Article> articles = Topics.create(client, config).articles();
        String topic = "it.articles." + UUID.randomUUID();

        List<Article> sent = List.of(article("a1", "پہلی خبر"), article("a2", "دوسری خبر"));
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                articles.keySerde().serializer(), articles.valueSerde().serializer())) {
            for (Article a : sent) {
                producer.send(new ProducerRecord<>(topic, a.getId(), a)).get();
            }
        }

        // The subject newsflow created carries FULL_TRANSITIVE.
        assertThat(client.subjectCompatibility(topic + "-value")).contains(Compatibility.FULL_TRANSITIVE);

        // A consumer with the project's deserializer and a fresh client (cold caches) reads them back.
        SchemaRegistryClient fresh = new SchemaRegistryClient(RegistryClientConfig.builder(stack.schemaRegistryUrl()).build());
        List<Article> received = new ArrayList<>();
        List<byte[]> raw = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            AvroDeserializer<Article> deserializer = new AvroDeserializer<>(fresh, Article.class);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (received.size() < sent.size() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    raw.add(r.value());
                    received.add(deserializer.deserialize(r.topic(), r.value()));
                }
            }
        }
        assertThat(received).containsExactlyElementsOf(sent);

        // Any Confluent-wire-format consumer: id from the bytes, schema by id over plain REST, plain Avro.
        byte[] bytes = raw.get(0);
        assertThat(bytes[0]).isEqualTo((byte) 0);
        int id = ((bytes[1] & 0xff) << 24) | ((bytes[2] & 0xff) << 16) | ((bytes[3] & 0xff) << 8) | (bytes[4] & 0xff);
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(stack.schemaRegistryUrl() + "/schemas/ids/" + id)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Schema writer = new Schema.Parser().parse(new ObjectMapper().readTree(response.body()).get("schema").asText());
        GenericRecord decoded = new GenericDatumReader<GenericRecord>(writer)
                .read(null, DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
        assertThat(decoded.get("title").toString()).isEqualTo("پہلی خبر");
        assertThat(decoded.get("language").toString()).isEqualTo("ur");
        assertThat(decoded.get("direction").toString()).isEqualTo("RTL");
        assertThat(((GenericRecord) decoded.get("published")).get("epochMillis")).isEqualTo(1640920500000L);
    }
}
