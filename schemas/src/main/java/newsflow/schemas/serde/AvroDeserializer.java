package newsflow.schemas.serde;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.registry.SchemaRegistryException;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Deserializes records in the Confluent wire format ({@link ConfluentWireFormat}): reads the schema
 * id, fetches the writer's schema by id from the registry (cached), and decodes the Avro binary
 * payload with Avro schema resolution against the reader's schema — the generated class's schema for
 * a specific reader, or the writer's schema itself for {@code GenericRecord}. Thread-safe.
 *
 * <p>A null value is a tombstone and gives null. An empty value (0 bytes, not null: a shell producer's
 * blank line) is no tombstone and no record: it is thrown like any other bytes not in the wire format
 * (as Confluent's deserializer does). Bytes that are not in the wire format, an
 * unknown schema id, a writer's schema that cannot be resolved against the reader's, or a payload
 * that does not decode are thrown as Kafka's {@link SerializationException} naming topic and schema
 * id, so a Streams deserialization handler or a dead-letter topic can take the record.
 *
 * @param <T> the record type: a generated {@link SpecificRecord} or {@code GenericRecord}
 */
public final class AvroDeserializer<T> implements Deserializer<T> {
    static {
        GeneratedClassTrust.install();
    }

    private SchemaRegistryClient client;
    private Schema readerSchema;
    private boolean specific;
    private final Map<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();

    /** For Kafka's reflective construction; call {@link #configure(Map, boolean)} before use. */
    public AvroDeserializer() {
    }

    /**
     * A deserializer into a generated record class.
     *
     * @param client the registry to fetch writers' schemas from
     * @param readerClass the generated class; its schema is the reader's schema
     */
    public AvroDeserializer(SchemaRegistryClient client, Class<T> readerClass) {
        this.client = Objects.requireNonNull(client, "client");
        this.readerSchema = SpecificData.get().getSchema(Objects.requireNonNull(readerClass, "readerClass"));
        this.specific = SpecificRecord.class.isAssignableFrom(readerClass);
    }

    /**
     * A deserializer into {@code GenericRecord}, read with each record's writer schema.
     *
     * @param client the registry to fetch writers' schemas from
     * @return the deserializer
     */
    public static AvroDeserializer<Object> generic(SchemaRegistryClient client) {
        AvroDeserializer<Object> d = new AvroDeserializer<>();
        d.client = Objects.requireNonNull(client, "client");
        return d;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = new AvroSerdeConfig(configs);
        this.client = new SchemaRegistryClient(config.clientConfig());
        String readerClass = config.getString(AvroSerdeConfig.READER_CLASS);
        if (readerClass != null) {
            try {
                Class<?> c = Class.forName(readerClass, true, Thread.currentThread().getContextClassLoader());
                this.readerSchema = SpecificData.get().getSchema(c);
                this.specific = SpecificRecord.class.isAssignableFrom(c);
            } catch (ClassNotFoundException | AvroRuntimeException e) {
                throw new org.apache.kafka.common.config.ConfigException(AvroSerdeConfig.READER_CLASS, readerClass,
                        "not a generated Avro class on the classpath: " + e.getMessage());
            }
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (client == null) {
            throw new IllegalStateException("AvroDeserializer used before configure()");
        }
        int id;
        try {
            id = ConfluentWireFormat.schemaId(data);
        } catch (SerializationException e) {
            throw new SerializationException("topic=" + topic + ": " + e.getMessage(), e);
        }
        DatumReader<T> reader;
        try {
            reader = readers.computeIfAbsent(id, this::readerFor);
        } catch (SchemaRegistryException e) {
            throw new SerializationException("cannot fetch writer schema id=" + id + " for topic=" + topic
                    + ": " + e.getMessage(), e);
        } catch (AvroRuntimeException e) {
            throw new SerializationException("writer schema id=" + id + " for topic=" + topic
                    + " does not resolve against reader schema "
                    + (readerSchema == null ? "(generic)" : readerSchema.getFullName()) + ": " + e.getMessage(), e);
        }
        try {
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(data, ConfluentWireFormat.HEADER_SIZE,
                    data.length - ConfluentWireFormat.HEADER_SIZE, null);
            T value = reader.read(null, decoder);
            if (!decoder.isEnd()) {
                throw new SerializationException("schemaId=" + id + " topic=" + topic + ": trailing bytes after the datum");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof SerializationException se) {
                throw se;
            }
            throw new SerializationException("cannot decode Avro payload schemaId=" + id + " topic=" + topic
                    + " (" + data.length + " bytes): " + e, e);
        }
    }

    private DatumReader<T> readerFor(int id) {
        Schema writer = client.getById(id);
        if (readerSchema == null) {
            return new GenericDatumReader<>(writer, writer, GenericData.get());
        }
        DatumReader<T> reader = specific
                ? new SpecificDatumReader<>(writer, readerSchema, SpecificData.getForSchema(readerSchema))
                : new GenericDatumReader<>(writer, readerSchema, GenericData.get());
        // Fail here, once per writer schema, rather than on every record, when the schemas do not resolve.
        org.apache.avro.SchemaCompatibility.SchemaPairCompatibility compat =
                org.apache.avro.SchemaCompatibility.checkReaderWriterCompatibility(readerSchema, writer);
        if (compat.getType() != org.apache.avro.SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            throw new AvroRuntimeException(compat.getDescription());
        }
        return reader;
    }
}
