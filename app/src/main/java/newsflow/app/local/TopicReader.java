package newsflow.app.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import newsflow.schemas.TopicSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a whole topic from the beginning to its last stable offset with a plain {@link KafkaConsumer}
 * ({@code isolation.level=read_committed}, no group, partitions assigned), as any downstream consumer would.
 */
public final class TopicReader implements AutoCloseable {
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private final KafkaConsumer<byte[], byte[]> consumer;

    /** @param bootstrapServers the cluster */
    public TopicReader(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
    }

    /**
     * @return every record of {@code topic}, partition by partition, up to the last stable offsets
     *     taken when the call starts
     * @throws IllegalStateException when the end is not reached within 60 s
     */
    public List<ConsumerRecord<byte[], byte[]>> records(String topic) {
        List<TopicPartition> parts = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toList());
        consumer.assign(parts);
        consumer.seekToBeginning(parts);
        Map<TopicPartition, Long> end = consumer.endOffsets(parts);
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("could not read " + topic + " to its end " + end + " within " + DEADLINE);
            }
            consumer.poll(Duration.ofMillis(200)).forEach(out::add);
        }
        return out;
    }

    /** @return the values of {@code topic} deserialized with the spec's value serde (the project's Avro deserializer) */
    public <V> List<V> readAll(String topic, TopicSpec<?, V> spec) {
        List<V> out = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : records(topic)) {
            out.add(spec.valueSerde().deserializer().deserialize(topic, r.headers(), r.value()));
        }
        return out;
    }

    /** @return the number of records in {@code topic} */
    public long count(String topic) {
        return records(topic).size();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
