package newsflow.app.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import newsflow.app.local.LocalPipeline;
import newsflow.schemas.Topics;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.serde.AvroSerdeConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Option;

/** Where Kafka and the Schema Registry are, for the commands that run against a user's own cluster. */
final class ClusterOptions {
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...",
            description = "Kafka bootstrap servers (or bootstrap.servers in --config, or NEWSFLOW_BOOTSTRAP_SERVERS; "
                    + "default localhost:9092).")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL",
            description = "Confluent-compatible Schema Registry base URL (or schema.registry.url, or "
                    + "NEWSFLOW_SCHEMA_REGISTRY_URL; default http://localhost:8081).")
    String schemaRegistryUrl;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A properties file: Kafka client and Streams settings, schema.registry.* and the "
                    + "crawler's keys (fetch.timeout.ms, politeness.default.delay.ms, ...).")
    Path config;

    /**
     * The user's cluster, checked and ready: settings merged, Kafka and the registry reached (one-line error
     * otherwise), newsflow's topics created where missing.
     *
     * @param settings the merged settings
     * @param topics the topics with serdes bound to the user's registry
     */
    record Connected(Settings settings, Topics topics) {
    }

    /**
     * @return the connected cluster
     * @throws IllegalStateException naming the address when Kafka or the registry cannot be reached
     */
    Connected connect() {
        Settings s = settings();
        AvroSerdeConfig serde = new AvroSerdeConfig(s.serde());
        SchemaRegistryClient registry = new SchemaRegistryClient(serde.clientConfig());
        Topics topics = Topics.create(registry, serde);
        ClusterCheck.requireReachable(s.kafka(), registry, String.valueOf(s.serde().get(AvroSerdeConfig.SCHEMA_REGISTRY_URL)));
        try (Admin admin = Admin.create(AdminSettings.of(s.kafka()))) {
            LocalPipeline.createTopics(admin, topics);
        }
        return new Connected(s, topics);
    }

    Settings settings() {
        Map<String, Object> options = new HashMap<>();
        options.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        options.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL, schemaRegistryUrl);
        Settings s = Settings.load(config, System.getenv(), options);
        s.defaultIfAbsent(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        s.defaultIfAbsent(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "http://localhost:8081");
        return s;
    }
}
