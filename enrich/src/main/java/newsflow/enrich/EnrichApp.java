package newsflow.enrich;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import newsflow.enrich.topology.DeadLetterDeserializationHandler;
import newsflow.enrich.topology.DeadLetterProcessingHandler;
import newsflow.enrich.topology.DeadLetterProductionHandler;
import newsflow.enrich.topology.EnrichStats;
import newsflow.enrich.topology.EnrichTopology;
import newsflow.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enrich topology ({@link EnrichTopology}) as a Kafka Streams application: {@code exactly_once_v2},
 * failures to {@code news.dlq} through the three exception handlers, a stream thread that dies of an
 * unexpected error replaced rather than lost. Instances with the same {@code application.id} share the
 * partitions of {@code news.pages}; add instances to scale.
 */
public final class EnrichApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EnrichApp.class);
    /** Default {@code application.id}, also the consumer group of the topology. */
    public static final String DEFAULT_APPLICATION_ID = "newsflow-enrich";

    private final KafkaStreams streams;
    private final EnrichStats stats;
    private final String applicationId;
    private final String bootstrapServers;

    private EnrichApp(KafkaStreams streams, EnrichStats stats, String applicationId, String bootstrapServers) {
        this.streams = streams;
        this.stats = stats;
        this.applicationId = applicationId;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * The Streams settings newsflow runs with; {@code kafka} entries (bootstrap, security, overrides) win.
     *
     * @param kafka client settings, at least {@code bootstrap.servers}
     * @param applicationId the application id
     * @param stateDir folder for local state
     * @return the properties
     */
    public static Properties streamsProperties(Map<String, Object> kafka, String applicationId, Path stateDir) {
        Map<String, Object> p = new HashMap<>();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 20);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        p.putAll(kafka);
        Properties props = new Properties();
        props.putAll(p);
        return props;
    }

    /**
     * Builds and starts the topology.
     *
     * @param topics topics and serdes
     * @param props Streams settings ({@link #streamsProperties})
     * @return the running application
     */
    public static EnrichApp start(Topics topics, Properties props) {
        EnrichStats stats = new EnrichStats();
        Map<String, Object> configs = new HashMap<>();
        props.forEach((k, v) -> configs.put(k.toString(), v));
        int maxRecordBytes = newsflow.enrich.topology.EnrichTopology.maxRecordBytes(configs);
        KafkaStreams streams = new KafkaStreams(EnrichTopology.build(topics, stats, PipelineVersion.get(), maxRecordBytes),
                props);
        streams.setUncaughtExceptionHandler(e -> {
            log.error("stream thread died, replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.start();
        return new EnrichApp(streams, stats, props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG),
                props.getProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG));
    }

    public KafkaStreams streams() {
        return streams;
    }

    public EnrichStats stats() {
        return stats;
    }

    /**
     * Records of {@code news.pages} the application has not committed yet: the committed offsets of its
     * group against the last stable offsets ({@code read_committed}), summed over partitions.
     *
     * @param admin an admin client of the same cluster
     * @return the lag in records (transaction markers included, so it reaches 0 only when caught up); a
     *     partition without a committed offset whose records were all aborted has none
     * @throws IllegalStateException when the offsets cannot be listed
     */
    public long lag(Admin admin) {
        try {
            var desc = admin.describeTopics(java.util.List.of(Topics.PAGES)).allTopicNames().get().get(Topics.PAGES);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            desc.partitions().forEach(p -> latest.put(new TopicPartition(Topics.PAGES, p.partition()), OffsetSpec.latest()));
            var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get();
            long lag = 0;
            for (var e : ends.entrySet()) {
                OffsetAndMetadata c = committed.get(e.getKey());
                long end = e.getValue().offset();
                if (c == null && end > 0 && !hasCommittedRecords(admin, e.getKey(), end)) {
                    continue; // only aborted transactions there: nothing to process, and Streams commits nothing
                }
                lag += Math.max(0, end - (c == null ? 0 : c.offset()));
            }
            return lag;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the lag of " + applicationId + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private final Map<TopicPartition, Long> emptyUpTo = new java.util.concurrent.ConcurrentHashMap<>();

    /** @return whether {@code tp} holds a record a read_committed consumer sees, below {@code end} */
    private boolean hasCommittedRecords(Admin admin, TopicPartition tp, long end) {
        if (emptyUpTo.getOrDefault(tp, -1L) == end) {
            return false;
        }
        Map<String, Object> c = new HashMap<>();
        c.put(org.apache.kafka.clients.consumer.ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        c.put(org.apache.kafka.clients.consumer.ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<byte[], byte[]>(c,
                new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            consumer.assign(java.util.List.of(tp));
            consumer.seekToBeginning(java.util.List.of(tp));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (consumer.position(tp) < end && System.nanoTime() - deadline < 0) {
                if (!consumer.poll(Duration.ofMillis(100)).isEmpty()) {
                    return true;
                }
            }
            if (consumer.position(tp) >= end) {
                emptyUpTo.put(tp, end);
                return false;
            }
            return true;
        }
    }

    /** Stops the topology, waiting up to 30 s for its threads. */
    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
