package newsflow.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** newsflow's version, written into every Article ({@code pipelineVersion}); from the build. */
public final class PipelineVersion {
    private static final String VERSION = load();

    private PipelineVersion() {
    }

    /** @return the version, e.g. {@code 0.1.0-SNAPSHOT}; {@code unknown} outside a build */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = PipelineVersion.class.getResourceAsStream("/newsflow/enrich/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
