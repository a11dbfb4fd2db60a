package newsflow.testkit.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import newsflow.testkit.process.Await;
import newsflow.testkit.process.ChildJvm;
import newsflow.testkit.process.ParentWatchdog;
import newsflow.testkit.process.Ports;
import newsflow.testkit.process.TempDirs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apicurio Registry (2.6, from its runnable distribution on Maven Central) in a child JVM on a
 * free port of 127.0.0.1, serving the Confluent Schema Registry API under {@value #CCOMPAT_PATH}.
 *
 * <p>Schemas live in memory: a restart starts empty. Apicurio's default compatibility is NONE; this
 * launcher sets the global level to BACKWARD, Confluent's default, once the registry answers, so the
 * embedded registry behaves like a stock Confluent one. The distribution is found, in order, at the
 * system property {@code newsflow.apicurio.home}, the environment variable
 * {@code NEWSFLOW_APICURIO_HOME}, and the folder the testkit build unpacked it into.
 */
public final class ApicurioRegistry implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ApicurioRegistry.class);
    /** Path of the Confluent-compatible API on an Apicurio Registry 2.x. */
    public static final String CCOMPAT_PATH = "/apis/ccompat/v7";
    /** Default time to wait until the registry answers: 120 s. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);

    private final Path workDir;
    private final boolean temporary;
    private final int port;
    private final ChildJvm process;
    private volatile boolean closed;

    private ApicurioRegistry(Path workDir, boolean temporary, int port, ChildJvm process) {
        this.workDir = workDir;
        this.temporary = temporary;
        this.port = port;
        this.process = process;
    }

    /**
     * Starts a registry and waits until {@code GET /apis/ccompat/v7/subjects} answers 200.
     *
     * @param workDir folder for the registry's log ({@code registry.log}); null for a temporary one,
     *     deleted on close
     * @param startTimeout how long to wait for the registry to answer
     * @return the running registry
     * @throws IllegalStateException when the distribution is missing, the process exits or the deadline
     *     passes, with the log tail
     */
    public static ApicurioRegistry start(Path workDir, Duration startTimeout) {
        Path runner = runnerJar(home());
        boolean temporary = workDir == null;
        Path dir = temporary ? TempDirs.create("newsflow-registry-") : workDir.toAbsolutePath();
        int port = Ports.freePort();
        String cp = runner + java.io.File.pathSeparator + watchdogLocation();
        ChildJvm p = ChildJvm.start("apicurio-registry", cp,
                List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                        "-Dquarkus.log.level=INFO", "-Djava.awt.headless=true"),
                "io.quarkus.runner.GeneratedMain", List.of(), dir, dir.resolve("registry.log"));
        ApicurioRegistry registry = new ApicurioRegistry(dir, temporary, port, p);
        try {
            registry.awaitReady(startTimeout);
            registry.put("/config", "{\"compatibility\":\"BACKWARD\"}");
            log.info("schema registry ready url={} log={}", registry.url(), p.logFile());
            return registry;
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
    }

    /** @return the Confluent-compatible base URL, e.g. {@code http://127.0.0.1:41234/apis/ccompat/v7} */
    public String url() {
        return "http://127.0.0.1:" + port + CCOMPAT_PATH;
    }

    /** @return the TCP port the registry listens on */
    public int port() {
        return port;
    }

    /** @return the operating-system process id */
    public long pid() {
        return process.pid();
    }

    /** @return the registry's log file */
    public Path logFile() {
        return process.logFile();
    }

    /** Stops the registry (SIGTERM, SIGKILL after 30 s) and deletes a temporary work folder. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        process.stop(ChildJvm.DEFAULT_STOP_TIMEOUT);
        if (temporary) {
            TempDirs.deleteRecursively(workDir);
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/subjects")).timeout(Duration.ofSeconds(5)).GET().build();
        Await.until("the schema registry to answer at " + url(), timeout, () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("apicurio-registry exited with code " + process.exitValue()
                        + "; log " + process.logFile() + ":\n" + process.logTail(30));
            }
            try {
                return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }, () -> "log " + process.logFile() + ":\n" + process.logTail(30));
    }

    private void put(String path, String json) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest req = HttpRequest.newBuilder(URI.create(url() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("PUT " + url() + path + " answered " + r.statusCode() + ": " + r.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PUT " + url() + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** @return the folder holding Apicurio's {@code *-runner.jar} and {@code lib/} */
    static Path home() {
        String prop = System.getProperty("newsflow.apicurio.home");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("NEWSFLOW_APICURIO_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Properties p = new Properties();
        try (InputStream in = ApicurioRegistry.class.getResourceAsStream("/newsflow/testkit/testkit.properties")) {
            if (in == null) {
                throw new IllegalStateException("newsflow/testkit/testkit.properties missing from the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Path.of(p.getProperty("apicurio.home"));
    }

    private static Path runnerJar(Path home) {
        if (Files.isDirectory(home)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(home, "*-runner.jar")) {
                for (Path p : ds) {
                    return p;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + home, e);
            }
        }
        throw new IllegalStateException("Apicurio Registry distribution not found in " + home
                + ": build the testkit module (./mvnw -pl testkit package), or set NEWSFLOW_APICURIO_HOME to a folder "
                + "holding an unpacked io.apicurio:apicurio-registry-app:2.6.x:all tar.gz");
    }

    /** @return the classpath entry (jar or classes folder) that holds {@link ParentWatchdog} */
    private static String watchdogLocation() {
        try {
            return Path.of(ParentWatchdog.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
