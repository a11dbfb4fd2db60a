package newsflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import newsflow.schemas.CrawlRequest;
import newsflow.schemas.CrawlSource;
import newsflow.schemas.registry.LocalRegistry;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {
    private static final HexFormat HEX = HexFormat.of();
    private LocalRegistry registry;

    @BeforeEach
    void start() throws Exception {
        registry = new LocalRegistry(42);
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    private AvroSerdeConfig config(boolean autoRegister) {
        return new AvroSerdeConfig(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url(),
                AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, autoRegister));
    }

    static CrawlRequest request() {
        return CrawlRequest.newBuilder().setUrl("u").setSite("s").setHost("h").setDepth(1)
                .setDiscoveredAt(Instant.ofEpochMilli(1000)).setSource(CrawlSource.SEED).build();
    }

    @Test
    void shouldWriteMagicByteBigEndianIdAndAvroBinary() {
        AvroSerializer<CrawlRequest> serializer = new AvroSerializer<>(registry.client(), config(true), false);
        byte[] bytes = serializer.serialize("news.frontier", request());
        // 00 | 0000002a (id 42) | url "u" | site "s" | host "h" | depth 1 | discoveredFrom null (branch 0)
        // | discoveredAt 1000 ms (zig-zag 2000 = d0 0f) | source SEED (0) | attempt 0 | priority 0 | lastModified null
        // | etag null
        assertThat(HEX.formatHex(bytes)).isEqualTo("00" + "0000002a" + "0275" + "0273" + "0268" + "02" + "00" + "d00f"
                + "00" + "00" + "00" + "00" + "00");
    }

    @Test
    void shouldRegisterUnderTopicValueSubjectAndSetFullTransitiveWhenCreatingIt() {
        new AvroSerializer<CrawlRequest>(registry.client(), config(true), false).serialize("news.frontier", request());
        assertThat(registry.compatibility("news.frontier-value")).isEqualTo("FULL_TRANSITIVE");
        assertThat(registry.subjects()).containsExactly("news.frontier-value");
    }

    @Test
    void shouldUseKeySubjectForKeys() {
        new AvroSerializer<CrawlRequest>(registry.client(), config(true), true).serialize("news.frontier", request());
        assertThat(registry.subjects()).containsExactly("news.frontier-key");
    }

    @Test
    void shouldFailWithTopicAndSubjectWhenAutoRegisterIsOffAndTheSchemaIsUnknown() {
        AvroSerializer<CrawlRequest> serializer = new AvroSerializer<>(registry.client(), config(false), false);
        assertThatThrownBy(() -> serializer.serialize("news.frontier", request()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("subject=news.frontier-value")
                .hasMessageContaining("auto.register.schemas=false");
        assertThat(registry.subjects()).isEmpty();
    }

    @Test
    void shouldRoundTripSpecificAndGenericRecords() {
        AvroSerializer<CrawlRequest> serializer = new AvroSerializer<>(registry.client(), config(true), false);
        byte[] bytes = serializer.serialize("news.frontier", request());
        assertThat(new AvroDeserializer<>(registry.client(), CrawlRequest.class).deserialize("news.frontier", bytes))
                .isEqualTo(request());
        Object generic = AvroDeserializer.generic(registry.client()).deserialize("news.frontier", bytes);
        assertThat(generic).isInstanceOf(GenericRecord.class);
        assertThat(((GenericRecord) generic).get("url").toString()).isEqualTo("u");
    }

    @Test
    void shouldReadAnOlderWriterSchemaIntoTheCurrentClass() {
        // A writer that knew only the required fields: the reader fills the rest from defaults.
        Schema old = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"CrawlRequest\",\"namespace\":\"newsflow.schemas\","
                + "\"fields\":[{\"name\":\"url\",\"type\":\"string\"},{\"name\":\"site\",\"type\":\"string\"},"
                + "{\"name\":\"host\",\"type\":\"string\"},{\"name\":\"depth\",\"type\":\"int\"},"
                + "{\"name\":\"discoveredAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},"
                + "{\"name\":\"source\",\"type\":{\"type\":\"enum\",\"name\":\"CrawlSource\",\"symbols\":[\"SEED\",\"LINK\",\"UNKNOWN\"],\"default\":\"UNKNOWN\"}}]}");
        GenericRecord r = new GenericData.Record(old);
        r.put("url", "u");
        r.put("site", "s");
        r.put("host", "h");
        r.put("depth", 3);
        r.put("discoveredAt", 1000L);
        r.put("source", new GenericData.EnumSymbol(old.getField("source").schema(), "LINK"));
        byte[] bytes = new AvroSerializer<GenericRecord>(registry.client(), config(true), false).serialize("legacy", r);
        CrawlRequest read = new AvroDeserializer<>(registry.client(), CrawlRequest.class).deserialize("legacy", bytes);
        assertThat(read.getDepth()).isEqualTo(3);
        assertThat(read.getSource()).isEqualTo(CrawlSource.LINK);
        assertThat(read.getPriority()).isZero();
        assertThat(read.getDiscoveredFrom()).isNull();
    }

    @Test
    void shouldThrowSerializationExceptionNamingTopicAndIdForBadPayloads() {
        AvroSerializer<CrawlRequest> serializer = new AvroSerializer<>(registry.client(), config(true), false);
        byte[] good = serializer.serialize("news.frontier", request());
        byte[] truncated = java.util.Arrays.copyOf(good, 8);
        AvroDeserializer<CrawlRequest> d = new AvroDeserializer<>(registry.client(), CrawlRequest.class);
        assertThatThrownBy(() -> d.deserialize("news.frontier", truncated))
                .isInstanceOf(SerializationException.class).hasMessageContaining("schemaId=42").hasMessageContaining("topic=news.frontier");
        byte[] unknownId = good.clone();
        unknownId[4] = 99;
        assertThatThrownBy(() -> d.deserialize("news.frontier", unknownId))
                .isInstanceOf(SerializationException.class).hasMessageContaining("id=99");
        assertThatThrownBy(() -> d.deserialize("news.frontier", "{\"url\":\"u\"}".getBytes()))
                .isInstanceOf(SerializationException.class).hasMessageContaining("magic byte 0x7b");
        assertThat(d.deserialize("news.frontier", null)).isNull();
    }

    @Test
    void shouldRejectInvalidConfigNamingTheKey() {
        assertThatThrownBy(() -> new AvroSerdeConfig(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "http://r",
                AvroSerdeConfig.SUBJECT_COMPATIBILITY, "SOMETIMES")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("subject.compatibility").hasMessageContaining("SOMETIMES");
        assertThatThrownBy(() -> new AvroSerdeConfig(Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("schema.registry.url");
        assertThatThrownBy(() -> new AvroSerdeConfig(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "registry:8081")).clientConfig())
                .isInstanceOf(ConfigException.class).hasMessageContaining("schema.registry.url");
        assertThatThrownBy(() -> new AvroSerdeConfig(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "http://r",
                AvroSerdeConfig.REQUEST_TIMEOUT_MS, -5)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("schema.registry.request.timeout.ms");
    }
}
