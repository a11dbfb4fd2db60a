package newsflow.app.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import newsflow.enrich.EnrichApp;
import newsflow.ingest.Crawler;
import newsflow.ingest.IngestConfig;
import newsflow.schemas.TopicSpec;
import newsflow.schemas.Topics;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.serde.AvroSerdeConfig;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The whole pipeline in one process against one Kafka cluster and one Schema Registry: the topics,
 * a crawler instance on its own thread and the enrich topology. Used by {@code newsflow demo} and the
 * end-to-end tests. {@link #isDone()} says when the frontier is empty and the topology has caught up.
 */
public final class LocalPipeline implements AutoCloseable {
    /** Partitions of news.frontier, news.pages and news.articles when newsflow creates them. */
    public static final int PARTITIONS = 3;

    private final Admin admin;
    private final Topics topics;
    private final Crawler crawler;
    private final Thread crawlerThread;
    private final EnrichApp enrich;

    private LocalPipeline(Admin admin, Topics topics, Crawler crawler, Thread crawlerThread, EnrichApp enrich) {
        this.admin = admin;
        this.topics = topics;
        this.crawler = crawler;
        this.crawlerThread = crawlerThread;
        this.enrich = enrich;
    }

    /**
     * Creates the topics (if missing), starts the crawler and the topology.
     *
     * @param bootstrapServers Kafka's bootstrap servers
     * @param registryUrl the Schema Registry's Confluent-compatible base URL
     * @param ingest crawler settings (see {@link IngestConfig})
     * @param stateDir folder for the topology's local state
     * @return the running pipeline
     */
    public static LocalPipeline start(String bootstrapServers, String registryUrl, Map<String, ?> ingest, Path stateDir) {
        Map<String, Object> kafka = new HashMap<>();
        kafka.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        AvroSerdeConfig serde = new AvroSerdeConfig(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registryUrl));
        Topics topics = Topics.create(new SchemaRegistryClient(serde.clientConfig()), serde);
        Admin admin = Admin.create(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        createTopics(admin, topics);
        Crawler crawler = new Crawler(new IngestConfig(ingest), kafka, topics);
        Thread t = new Thread(crawler, "crawler");
        t.start();
        EnrichApp enrich = EnrichApp.start(topics, EnrichApp.streamsProperties(kafka, EnrichApp.DEFAULT_APPLICATION_ID, stateDir));
        return new LocalPipeline(admin, topics, crawler, t, enrich);
    }

    /** Creates newsflow's topics with their configs; existing ones are left as they are. */
    public static void createTopics(Admin admin, Topics topics) {
        List<NewTopic> wanted = new ArrayList<>();
        for (TopicSpec<?, ?> t : topics.all()) {
            int partitions = Topics.DLQ.equals(t.name()) ? 1 : PARTITIONS;
            wanted.add(new NewTopic(t.name(), Optional.of(partitions), Optional.empty()).configs(t.configs()));
        }
        for (var e : admin.createTopics(wanted).values().entrySet()) {
            try {
                e.getValue().get();
            } catch (ExecutionException ex) {
                if (!(ex.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topic " + e.getKey() + ": " + ex.getCause(), ex.getCause());
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", ex);
            }
        }
    }

    public Topics topics() {
        return topics;
    }

    public Crawler crawler() {
        return crawler;
    }

    public EnrichApp enrich() {
        return enrich;
    }

    public Admin admin() {
        return admin;
    }

    /** @return the topology's lag on news.pages in records */
    public long lag() {
        return enrich.lag(admin);
    }

    /**
     * @return true when the crawler has no frontier work left and the topology, running, has committed
     *     everything on news.pages
     * @throws IllegalStateException when the crawler or the topology has failed
     */
    public boolean isDone() {
        if (crawler.failure() != null) {
            throw new IllegalStateException("the crawler failed: " + crawler.failure(), crawler.failure());
        }
        KafkaStreams.State s = enrich.streams().state();
        if (s == KafkaStreams.State.ERROR || s == KafkaStreams.State.PENDING_ERROR || s == KafkaStreams.State.NOT_RUNNING) {
            throw new IllegalStateException("the enrich topology is " + s);
        }
        return crawler.isIdle() && s == KafkaStreams.State.RUNNING && lag() == 0;
    }

    /** Stops the crawler, waits for its thread, stops the topology and the admin client. */
    @Override
    public void close() {
        crawler.close();
        try {
            crawlerThread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            enrich.close();
        } finally {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
