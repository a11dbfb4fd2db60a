package newsflow.app.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import newsflow.ingest.IngestConfig;
import newsflow.schemas.serde.AvroSerdeConfig;

/**
 * Settings of {@code crawl} and {@code enrich} (DESIGN.md, "Configuration"): defaults in code, then a
 * properties file, then environment variables ({@code NEWSFLOW_FETCH_TIMEOUT_MS} sets
 * {@code fetch.timeout.ms}), then command-line options. Split by who reads them: the crawler's keys
 * ({@link IngestConfig}), the serde's ({@link AvroSerdeConfig}), and the rest for the Kafka clients
 * and Kafka Streams.
 */
final class Settings {
    private static final String ENV_PREFIX = "NEWSFLOW_";
    /** Variables of the launcher and the testkit, not settings. */
    private static final Set<String> NOT_SETTINGS = Set.of("NEWSFLOW_JAVA_OPTS", "NEWSFLOW_APICURIO_HOME", "NEWSFLOW_DEBUG");

    private final Map<String, Object> all;

    private Settings(Map<String, Object> all) {
        this.all = all;
    }

    /**
     * @param file a properties file (UTF-8), or null
     * @param env the environment ({@code System.getenv()})
     * @param options command-line values, which win; null values are ignored
     * @return the merged settings
     * @throws IllegalArgumentException naming the file when it cannot be read
     */
    static Settings load(Path file, Map<String, String> env, Map<String, Object> options) {
        Map<String, Object> m = new HashMap<>();
        if (file != null) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the config file " + file + ": " + e.getMessage(), e);
            }
            p.forEach((k, v) -> m.put(k.toString(), v.toString().trim()));
        }
        env.forEach((k, v) -> {
            if (k.startsWith(ENV_PREFIX) && k.length() > ENV_PREFIX.length() && !NOT_SETTINGS.contains(k)) {
                m.put(k.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), v);
            }
        });
        options.forEach((k, v) -> {
            if (v != null) {
                m.put(k, v);
            }
        });
        return new Settings(m);
    }

    void defaultIfAbsent(String key, Object value) {
        all.putIfAbsent(key, value);
    }

    /** @return the crawler's keys */
    Map<String, Object> ingest() {
        return only(IngestConfig.configDef().names());
    }

    /** @return the serde's keys */
    Map<String, Object> serde() {
        return only(AvroSerdeConfig.configDef().names());
    }

    /** @return everything else: Kafka client and Streams settings */
    Map<String, Object> kafka() {
        Map<String, Object> m = new HashMap<>(all);
        m.keySet().removeAll(IngestConfig.configDef().names());
        m.keySet().removeAll(AvroSerdeConfig.configDef().names());
        return m;
    }

    private Map<String, Object> only(Set<String> names) {
        Map<String, Object> m = new HashMap<>();
        all.forEach((k, v) -> {
            if (names.contains(k)) {
                m.put(k, v);
            }
        });
        return m;
    }
}
