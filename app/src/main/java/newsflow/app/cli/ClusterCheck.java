package newsflow.app.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.registry.SchemaRegistryException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Says, in one line and within seconds, when the Kafka cluster or the Schema Registry a command needs cannot be reached. */
final class ClusterCheck {
    /** How long the checks wait for an answer, seconds. */
    static final int TIMEOUT_SECONDS = 15;

    private ClusterCheck() {
    }

    /**
     * @param kafka the user's Kafka settings
     * @param registry the Schema Registry client
     * @param registryUrl its URL, for the message
     * @throws IllegalStateException naming the address and the cause when either cannot be reached
     */
    static void requireReachable(Map<String, Object> kafka, SchemaRegistryClient registry, String registryUrl) {
        Map<String, Object> admin = new HashMap<>(AdminSettings.of(kafka));
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_SECONDS * 1000);
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_SECONDS * 1000);
        Object servers = kafka.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        try (Admin a = Admin.create(admin)) {
            a.describeCluster().clusterId().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot reach Kafka at " + servers + " (bootstrap.servers): no answer within "
                    + TIMEOUT_SECONDS + " s");
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot reach Kafka at " + servers + " (bootstrap.servers): " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reaching Kafka at " + servers);
        }
        try {
            registry.subjects();
        } catch (SchemaRegistryException e) {
            throw new IllegalStateException("cannot reach the Schema Registry at " + registryUrl + " (schema.registry.url): "
                    + e.getMessage());
        }
    }
}
