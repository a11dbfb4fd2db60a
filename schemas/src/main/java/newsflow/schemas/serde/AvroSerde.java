package newsflow.schemas.serde;

import java.util.Map;
import newsflow.schemas.registry.SchemaRegistryClient;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka {@link Serde} for one generated Avro record class in the Confluent wire format: the
 * {@link AvroSerializer} and the {@link AvroDeserializer} reading into that class. Thread-safe.
 *
 * @param <T> the generated record class
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {
    private final AvroSerializer<T> serializer;
    private final AvroDeserializer<T> deserializer;

    /**
     * @param client the registry (shared by serializer and deserializer)
     * @param config serde settings
     * @param type the generated class
     * @param isKey true for record keys ({@code <topic>-key} subjects)
     */
    public AvroSerde(SchemaRegistryClient client, AvroSerdeConfig config, Class<T> type, boolean isKey) {
        this.serializer = new AvroSerializer<>(client, config, isKey);
        this.deserializer = new AvroDeserializer<>(client, type);
    }

    /** No-op: an AvroSerde is fully configured by its constructor. */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }
}
