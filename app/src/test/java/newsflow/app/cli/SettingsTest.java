package newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void shouldLetOptionsBeatEnvironmentBeatFile() throws Exception {
        Path f = dir.resolve("n.properties");
        Files.writeString(f, "bootstrap.servers=file:9092\nfetch.timeout.ms=1000\npoliteness.default.delay.ms=5\n"
                + "schema.registry.url=http://file\nsecurity.protocol=SSL\n");
        Map<String, String> env = Map.of("NEWSFLOW_FETCH_TIMEOUT_MS", "2000", "NEWSFLOW_BOOTSTRAP_SERVERS", "env:9092",
                "NEWSFLOW_JAVA_OPTS", "-Xmx1g", "PATH", "/bin");
        Map<String, Object> options = new HashMap<>();
        options.put("bootstrap.servers", "cli:9092");
        options.put("schema.registry.url", null);
        Settings s = Settings.load(f, env, options);
        assertThat(s.kafka()).containsEntry("bootstrap.servers", "cli:9092").containsEntry("security.protocol", "SSL")
                .doesNotContainKeys("fetch.timeout.ms", "schema.registry.url", "java.opts");
        assertThat(s.ingest()).containsEntry("fetch.timeout.ms", "2000").containsEntry("politeness.default.delay.ms", "5");
        assertThat(s.serde()).containsEntry("schema.registry.url", "http://file");
    }

    @Test
    void shouldNameTheFileItCannotRead() {
        Path missing = dir.resolve("missing.properties");
        assertThatThrownBy(() -> Settings.load(missing, Map.of(), Map.of())).hasMessageContaining(missing.toString());
    }
}
