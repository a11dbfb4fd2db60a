package newsflow.app.cli;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** The admin client's share of the user's Kafka settings: connection and security, not Streams or producer keys. */
final class AdminSettings {
    private AdminSettings() {
    }

    /** @return the entries of {@code kafka} that {@link AdminClientConfig} defines (bootstrap, security, SASL, SSL, ...) */
    static Map<String, Object> of(Map<String, Object> kafka) {
        Map<String, Object> m = new HashMap<>();
        kafka.forEach((k, v) -> {
            if (AdminClientConfig.configNames().contains(k)) {
                m.put(k, v);
            }
        });
        return m;
    }
}
