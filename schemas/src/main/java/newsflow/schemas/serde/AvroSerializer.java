package newsflow.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.registry.SchemaRegistryException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serializes Avro records (generated {@link SpecificRecord}s or {@code GenericRecord}s) in the
 * Confluent wire format ({@link ConfluentWireFormat}), with the schema registered under the topic's
 * subject: {@code <topic>-value} or {@code <topic>-key} (Confluent's TopicNameStrategy).
 *
 * <p>With {@code auto.register.schemas=true} (the default) the writer's schema is registered on first
 * use; when the subject does not exist yet, its compatibility is first set to
 * {@code subject.compatibility} (FULL_TRANSITIVE by default). With {@code false}, the schema must
 * already be registered under the subject. Schema ids are cached; thread-safe.
 *
 * <p>Failures (registry unreachable, 409 incompatible schema, schema not registered) are thrown as
 * Kafka's {@link SerializationException} naming topic and subject, with the
 * {@link SchemaRegistryException} as cause.
 *
 * @param <T> the record type
 */
public final class AvroSerializer<T extends GenericContainer> implements Serializer<T> {
    static {
        GeneratedClassTrust.install();
    }

    private SchemaRegistryClient client;
    private AvroSerdeConfig config;
    private boolean isKey;
    private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();
    private final Map<WriterKey, DatumWriter<Object>> writers = new ConcurrentHashMap<>();

    /** Specific and generic records of one schema need different writers (enums, logical types). */
    private record WriterKey(Schema schema, boolean specific) {
    }

    /** For Kafka's reflective construction; call {@link #configure(Map, boolean)} before use. */
    public AvroSerializer() {
    }

    /**
     * @param client the registry to use (shared; its caches are shared too)
     * @param config serde settings ({@code schema.registry.url} is taken from the client, not from here)
     * @param isKey true to serialize record keys ({@code <topic>-key} subjects)
     */
    public AvroSerializer(SchemaRegistryClient client, AvroSerdeConfig config, boolean isKey) {
        this.client = Objects.requireNonNull(client, "client");
        this.config = Objects.requireNonNull(config, "config");
        this.isKey = isKey;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.config = new AvroSerdeConfig(configs);
        this.client = new SchemaRegistryClient(config.clientConfig());
        this.isKey = isKey;
    }

    /**
     * @return the record in the wire format, or null for a null record (a tombstone)
     * @throws SerializationException as described in the class comment
     */
    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        if (client == null) {
            throw new IllegalStateException("AvroSerializer used before configure()");
        }
        Schema schema = data.getSchema();
        String subject = Subjects.of(topic, isKey);
        int id = schemaId(subject, schema);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            out.write(ConfluentWireFormat.MAGIC_BYTE);
            out.write(new byte[] {(byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id});
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writers.computeIfAbsent(new WriterKey(schema, data instanceof SpecificRecord), k -> writerFor(k.schema(), data))
                    .write(data, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot encode " + schema.getFullName() + " for topic=" + topic
                    + " subject=" + subject + " schemaId=" + id + ": " + e.getMessage(), e);
        }
    }

    private int schemaId(String subject, Schema schema) {
        Map<Schema, Integer> ids = idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
        Integer cached = ids.get(schema);
        if (cached != null) {
            return cached;
        }
        int id;
        try {
            if (config.autoRegister()) {
                if (!client.subjectExists(subject)) {
                    client.setSubjectCompatibility(subject, config.subjectCompatibility());
                }
                id = client.register(subject, schema);
            } else {
                id = client.lookup(subject, schema).orElseThrow(() -> new SerializationException(
                        "schema " + schema.getFullName() + " is not registered under subject=" + subject
                                + " and " + AvroSerdeConfig.AUTO_REGISTER_SCHEMAS + "=false")).id();
            }
        } catch (SchemaRegistryException e) {
            throw new SerializationException("schema registry refused " + schema.getFullName() + " for subject="
                    + subject + ": " + e.getMessage(), e);
        }
        ids.put(schema, id);
        return id;
    }

    @SuppressWarnings("unchecked")
    private static DatumWriter<Object> writerFor(Schema schema, Object datum) {
        if (datum instanceof SpecificRecord) {
            return new SpecificDatumWriter<>(schema, SpecificData.getForSchema(schema));
        }
        return (DatumWriter<Object>) (DatumWriter<?>) new GenericDatumWriter<>(schema, GenericData.get());
    }
}
