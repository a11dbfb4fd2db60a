package newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import newsflow.app.local.LocalPipeline;
import newsflow.app.local.TopicReader;
import newsflow.enrich.EnrichApp;
import newsflow.schemas.CleanPage;
import newsflow.schemas.DeadLetterHeaders;
import newsflow.schemas.Topics;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.serde.AvroSerdeConfig;
import newsflow.testkit.EmbeddedStack;
import newsflow.testkit.junit.EmbeddedStackExtension;
import newsflow.testkit.kafka.KafkaCluster;
import newsflow.testkit.process.Await;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topology's dead letters on a real broker with exactly_once_v2 (its own single-node cluster, so the
 * offsets are the test's): shared case 31 (poison pills before a valid page) and case 33 (an article
 * larger than max.request.size), each while the stream threads stay RUNNING.
 */
@ExtendWith(EmbeddedStackExtension.class)
class EnrichDeadLettersIT {
    @TempDir
    Path tmp;

    @Test
    void shouldDeadLetterPoisonPillsAndTooLargeArticlesAndKeepRunning(EmbeddedStack shared) throws Exception {
        Path case31 = SharedCases.dir("31-kafka-poison-pill-records-before-valid-one");
        Path case33 = SharedCases.dir("33-kafka-record-too-large");
        JsonNode extra33 = SharedCases.json(case33.resolve("expected-extra.json"));
        int maxRequest = extra33.get("simulate_max_request_size").asInt();
        try (KafkaCluster kafka = KafkaCluster.builder().dataDir(tmp.resolve("kafka")).start();
                Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            AvroSerdeConfig serde = new AvroSerdeConfig(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, shared.schemaRegistryUrl()));
            Topics topics = Topics.create(new SchemaRegistryClient(serde.clientConfig()), serde);
            LocalPipeline.createTopics(admin, topics);
            String url33 = "https://ar.case33.example.test/news/2024/12/rail-plan";
            CleanPage big = SharedCases.cleanPage(url33, SharedCases.head(case33),
                    Files.readAllBytes(case33.resolve("input.html")), Instant.parse("2024-12-02T08:00:00Z"));
            try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                    new ByteArraySerializer(), new ByteArraySerializer())) {
                byte[] key = "case.example.test".getBytes(StandardCharsets.UTF_8);
                for (String line : Files.readAllLines(case31.resolve("records.jsonl"), StandardCharsets.UTF_8)) {
                    JsonNode r = SharedCases.json(Files.writeString(Files.createTempFile(tmp, "r", ".json"), line));
                    if (r.get("offset").asInt() < 4) {
                        p.send(new ProducerRecord<>(Topics.PAGES, 0, key, java.util.Base64.getDecoder().decode(r.get("value_b64").asText())));
                    }
                }
                p.send(new ProducerRecord<>(Topics.PAGES, 0, key, topics.pages().valueSerde().serializer().serialize(Topics.PAGES, big)));
            }
            Properties props = EnrichApp.streamsProperties(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                    "dead-letters-it", tmp.resolve("state"));
            props.put(StreamsConfig.producerPrefix("max.request.size"), maxRequest);
            try (EnrichApp app = EnrichApp.start(topics, props)) {
                Await.until("the topology caught up on news.pages", Duration.ofSeconds(90),
                        () -> app.streams().state() == KafkaStreams.State.RUNNING && app.lag(admin) == 0,
                        () -> "state " + app.streams().state() + ", lag " + app.lag(admin));
                assertThat(app.streams().state()).isEqualTo(KafkaStreams.State.RUNNING);
                List<ConsumerRecord<byte[], byte[]>> dlq;
                try (TopicReader r = new TopicReader(kafka.bootstrapServers())) {
                    dlq = r.records(Topics.DLQ);
                    assertThat(r.records(Topics.ARTICLES)).isEmpty();
                }
                assertThat(dlq).extracting(d -> DeadLetterHeaders.get(d.headers(), DeadLetterHeaders.OFFSET))
                        .containsExactly("0", "1", "2", "3", "4");
                ConsumerRecord<byte[], byte[]> tooLarge = dlq.get(4);
                assertThat(DeadLetterHeaders.get(tooLarge.headers(), DeadLetterHeaders.URL)).isEqualTo(url33);
                assertThat(DeadLetterHeaders.get(tooLarge.headers(), DeadLetterHeaders.STAGE)).isEqualTo("enrich.produce");
                assertThat(Integer.parseInt(DeadLetterHeaders.get(tooLarge.headers(), "newsflow.value.bytes")))
                        .isGreaterThan(maxRequest);
                assertThat(tooLarge.value()).isNull();
                assertThat(tooLarge.key()).hasSize(64);
            }
        }
    }
}
