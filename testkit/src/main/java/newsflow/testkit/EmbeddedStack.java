package newsflow.testkit;

import java.nio.file.Path;
import java.time.Duration;
import newsflow.testkit.kafka.KafkaCluster;
import newsflow.testkit.registry.ApicurioRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: a real single-node KRaft Kafka broker and a real Schema Registry, each a child
 * JVM on 127.0.0.1, started together and stopped together.
 *
 * <p>Data lives under the chosen folder ({@code kafka/} for the broker, {@code registry/} for the
 * registry's log), or under a temporary folder deleted on {@link #close()}. Both processes stop on
 * {@link #close()}, on JVM shutdown (Ctrl-C) and when this JVM dies. The registry keeps schemas in
 * memory, so a restart on the same folder keeps the topics but not the schemas.
 */
public final class EmbeddedStack implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedStack.class);

    private final KafkaCluster kafka;
    private final ApicurioRegistry registry;

    private EmbeddedStack(KafkaCluster kafka, ApicurioRegistry registry) {
        this.kafka = kafka;
        this.registry = registry;
    }

    /**
     * Starts the broker and the registry (concurrently) and waits until both are ready.
     *
     * @param dataDir folder for data and logs, kept after close; null for a temporary one
     * @return the running stack
     * @throws IllegalStateException when either fails to start (the other is stopped first)
     */
    public static EmbeddedStack start(Path dataDir) {
        long t0 = System.nanoTime();
        java.util.concurrent.CompletableFuture<ApicurioRegistry> registry = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> ApicurioRegistry.start(dataDir == null ? null : dataDir.resolve("registry"),
                        ApicurioRegistry.DEFAULT_START_TIMEOUT));
        KafkaCluster kafka;
        try {
            KafkaCluster.Builder b = KafkaCluster.builder();
            if (dataDir != null) {
                b.dataDir(dataDir);
            }
            kafka = b.start();
        } catch (RuntimeException e) {
            registry.thenAccept(ApicurioRegistry::close);
            throw e;
        }
        try {
            ApicurioRegistry r = registry.join();
            log.info("embedded stack ready in {} ms: bootstrap={} registry={}",
                    Duration.ofNanos(System.nanoTime() - t0).toMillis(), kafka.bootstrapServers(), r.url());
            return new EmbeddedStack(kafka, r);
        } catch (java.util.concurrent.CompletionException e) {
            kafka.close();
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /** @return the broker's bootstrap servers, {@code 127.0.0.1:port} */
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** @return the registry's Confluent-compatible base URL */
    public String schemaRegistryUrl() {
        return registry.url();
    }

    public KafkaCluster kafka() {
        return kafka;
    }

    public ApicurioRegistry registry() {
        return registry;
    }

    /** Stops the registry and the broker. Idempotent. */
    @Override
    public void close() {
        try {
            registry.close();
        } finally {
            kafka.close();
        }
    }
}
