package newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import newsflow.core.decode.HttpHead;
import newsflow.enrich.EnrichApp;
import newsflow.enrich.PipelineVersion;
import newsflow.enrich.topology.EnrichStats;
import newsflow.enrich.topology.EnrichTopology;
import newsflow.schemas.Article;
import newsflow.schemas.CleanPage;
import newsflow.schemas.DeadLetterHeaders;
import newsflow.schemas.Topics;
import newsflow.schemas.registry.LocalRegistry;
import newsflow.schemas.serde.AvroSerdeConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * Shared case 31: undeserializable records (empty, a blank line, truncated JSON, wire-format bytes with an
 * unknown schema id) before a valid page on one partition of news.pages. The topology must send each to
 * the dead-letter topic with its coordinates, go on, and emit the one article. The first four values are
 * the case's bytes as they are; the fifth, a JSON crawl record in the case, is what a crawler of another
 * make would send, so it is turned into newsflow's own CleanPage from the same response.
 */
class PoisonPillCaseTest {
    @Test
    void shouldDeadLetterThePoisonPillsAndEmitTheValidArticle() throws Exception {
        Path dir = SharedCases.dir("31-kafka-poison-pill-records-before-valid-one");
        JsonNode extra = SharedCases.json(dir.resolve("expected-extra.json"));
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("records.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                records.add(SharedCases.json(Files.writeString(Files.createTempFile("rec", ".json"), line)));
            }
        }
        try (LocalRegistry registry = new LocalRegistry(1)) {
            Topics topics = Topics.create(registry.client(),
                    new AvroSerdeConfig(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url())));
            Properties p = EnrichApp.streamsProperties(Map.of("bootstrap.servers", "dummy:9092"), "case-31",
                    Files.createTempDirectory("state"));
            // TopologyTestDriver 4.4 loses the handlers' dead letters under exactly_once_v2 (measured here); the
            // same case runs with exactly_once_v2 on a real broker in EnrichDeadLettersIT.
            p.put(org.apache.kafka.streams.StreamsConfig.PROCESSING_GUARANTEE_CONFIG,
                    org.apache.kafka.streams.StreamsConfig.AT_LEAST_ONCE);
            try (TopologyTestDriver d = new TopologyTestDriver(
                    EnrichTopology.build(topics, new EnrichStats(), PipelineVersion.get()), p)) {
                var raw = d.createInputTopic(Topics.PAGES, new StringSerializer(), new ByteArraySerializer());
                for (JsonNode r : records) {
                    byte[] value = Base64.getDecoder().decode(r.get("value_b64").asText());
                    if (r.get("offset").asInt() == 4) {
                        JsonNode crawl = SharedCases.json(Files.writeString(Files.createTempFile("crawl", ".json"),
                                new String(value, StandardCharsets.UTF_8)));
                        CleanPage page = SharedCases.cleanPage(crawl.get("url").asText(),
                                new HttpHead(crawl.get("status").asInt(), Map.of("Content-Type",
                                        List.of(crawl.get("content_type").asText()))),
                                crawl.get("html").asText().getBytes(StandardCharsets.UTF_8),
                                Instant.parse(crawl.get("fetched_at").asText()));
                        value = topics.pages().valueSerde().serializer().serialize(Topics.PAGES, page);
                    }
                    raw.pipeInput(r.get("key").asText(), value);
                }
                List<TestRecord<byte[], byte[]>> dlq = d.createOutputTopic(Topics.DLQ, new ByteArrayDeserializer(),
                        new ByteArrayDeserializer()).readRecordsToList();
                List<Long> offsets = dlq.stream()
                        .map(x -> Long.parseLong(DeadLetterHeaders.get(x.headers(), DeadLetterHeaders.OFFSET))).toList();
                List<Long> expectedOffsets = new ArrayList<>();
                extra.get("dead_letter_offsets").forEach(o -> expectedOffsets.add(o.asLong()));
                assertThat(offsets).containsExactlyElementsOf(expectedOffsets);
                assertThat(dlq).allSatisfy(x -> {
                    assertThat(DeadLetterHeaders.get(x.headers(), DeadLetterHeaders.TOPIC)).isEqualTo(Topics.PAGES);
                    assertThat(DeadLetterHeaders.get(x.headers(), DeadLetterHeaders.PARTITION)).isEqualTo("0");
                    assertThat(DeadLetterHeaders.get(x.headers(), DeadLetterHeaders.EXCEPTION)).isNotBlank();
                });
                assertThat(dlq.get(3).value()).isEqualTo(Base64.getDecoder().decode(records.get(3).get("value_b64").asText()));
                List<Article> out = d.createOutputTopic(Topics.ARTICLES, new StringDeserializer(),
                        topics.articles().valueSerde().deserializer()).readValuesToList();
                assertThat(out).hasSize(extra.get("valid_outputs").asInt());
                SharedCases.assertMatches(out.get(0), SharedCases.json(dir.resolve("expected.json")));
            }
        }
    }
}
