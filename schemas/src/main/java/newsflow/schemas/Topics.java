package newsflow.schemas;

import java.util.List;
import java.util.Map;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.serde.AvroSerde;
import newsflow.schemas.serde.AvroSerdeConfig;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The one registry of newsflow's topics and their serdes, used by producers, the topology and tests
 * alike (DESIGN.md, "Data flow"). Keys are plain UTF-8 strings; values are Avro in the Confluent wire
 * format, except on the dead-letter topic, which keeps the failed record's original bytes. Immutable.
 */
public final class Topics {
    /** Frontier of URLs to fetch; key: site; value: {@link CrawlRequest}. */
    public static final String FRONTIER = "news.frontier";
    /** Cleaned pages; key: site; value: {@link CleanPage}. */
    public static final String PAGES = "news.pages";
    /** Articles; key: article id; value: {@link Article}; compacted. */
    public static final String ARTICLES = "news.articles";
    /** Dead-letter topic: original key and value bytes, with error and source coordinates in headers. */
    public static final String DLQ = "news.dlq";

    static {
        // copies of generated records with enums (newBuilder(other), deepCopy) need it too, not only the serde
        newsflow.schemas.serde.GeneratedClassTrust.install();
    }

    private final TopicSpec<String, CrawlRequest> frontier;
    private final TopicSpec<String, CleanPage> pages;
    private final TopicSpec<String, Article> articles;
    private final TopicSpec<byte[], byte[]> dlq;

    private Topics(SchemaRegistryClient client, AvroSerdeConfig config) {
        this.frontier = new TopicSpec<>(FRONTIER, Serdes.String(),
                new AvroSerde<>(client, config, CrawlRequest.class, false), Map.of());
        this.pages = new TopicSpec<>(PAGES, Serdes.String(),
                new AvroSerde<>(client, config, CleanPage.class, false), Map.of());
        this.articles = new TopicSpec<>(ARTICLES, Serdes.String(),
                new AvroSerde<>(client, config, Article.class, false), Map.of("cleanup.policy", "compact"));
        this.dlq = new TopicSpec<>(DLQ, Serdes.ByteArray(), Serdes.ByteArray(), Map.of());
    }

    /**
     * @param client the Schema Registry the Avro serdes use
     * @param config serde settings (auto-registration, subject compatibility)
     * @return the topics with serdes bound to that registry
     */
    public static Topics create(SchemaRegistryClient client, AvroSerdeConfig config) {
        return new Topics(client, config);
    }

    public TopicSpec<String, CrawlRequest> frontier() {
        return frontier;
    }

    public TopicSpec<String, CleanPage> pages() {
        return pages;
    }

    public TopicSpec<String, Article> articles() {
        return articles;
    }

    public TopicSpec<byte[], byte[]> dlq() {
        return dlq;
    }

    /** @return every topic, in pipeline order */
    public List<TopicSpec<?, ?>> all() {
        return List.of(frontier, pages, articles, dlq);
    }
}
