package newsflow.testkit.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Java child process started through {@link ParentWatchdog}, so it dies with its parent; its stdout
 * and stderr go to a log file.
 *
 * <p>Every live child is also stopped by one JVM shutdown hook (Ctrl-C, normal exit). {@link #stop}
 * closes the child's stdin, sends SIGTERM, and sends SIGKILL if the child has not exited by the
 * deadline.
 */
public final class ChildJvm implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChildJvm.class);
    private static final Set<ChildJvm> LIVE = ConcurrentHashMap.newKeySet();
    /** Default time a child gets to exit after SIGTERM: 30 s. */
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(30);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (ChildJvm child : LIVE) {
                child.stop(Duration.ofSeconds(15));
            }
        }, "newsflow-testkit-children"));
    }

    private final String name;
    private final Process process;
    private final Path logFile;

    private ChildJvm(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts {@code mainClass} in a new JVM (the running JVM's {@code java}).
     *
     * @param name a short name for logs, e.g. {@code kafka-node-1}
     * @param classpath the child's classpath; {@link ParentWatchdog} must be on it
     * @param jvmOptions options before the main class, e.g. {@code -Xmx512m}
     * @param mainClass the class whose {@code main} the watchdog runs
     * @param args arguments to that main
     * @param workDir working directory, created if missing
     * @param logFile file that receives stdout and stderr (appended)
     * @return the running child
     * @throws UncheckedIOException when the process cannot be started
     */
    public static ChildJvm start(String name, String classpath, List<String> jvmOptions, String mainClass,
            List<String> args, Path workDir, Path logFile) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(ParentWatchdog.class.getName());
        cmd.add(mainClass);
        cmd.addAll(args);
        try {
            Files.createDirectories(workDir);
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Process p = new ProcessBuilder(cmd)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            // stdin stays a pipe held by this JVM: its end-of-file tells the child that we are gone.
            ChildJvm child = new ChildJvm(name, p, logFile);
            LIVE.add(child);
            log.debug("started {} pid={} log={}", name, p.pid(), logFile);
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** @return the child's short name */
    public String name() {
        return name;
    }

    /** @return the operating-system process id */
    public long pid() {
        return process.pid();
    }

    /** @return the file with the child's stdout and stderr */
    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** @return the exit code; only meaningful once {@link #isAlive()} is false */
    public int exitValue() {
        return process.exitValue();
    }

    /**
     * Waits for the child to exit by itself.
     *
     * @return the exit code
     * @throws IllegalStateException naming the child and its log tail when it is still running at the deadline
     */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " did not exit within " + timeout + "; log " + logFile
                        + ":\n" + logTail(20));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + name, e);
        }
        LIVE.remove(this);
        return process.exitValue();
    }

    /**
     * Stops the child: closes its stdin, sends SIGTERM, waits up to {@code timeout}, then SIGKILL.
     * Returns once the process is gone (its descendants included). Idempotent.
     */
    public void stop(Duration timeout) {
        try {
            if (process.isAlive()) {
                try {
                    process.getOutputStream().close();
                } catch (IOException ignored) {
                    // already closed
                }
                process.destroy();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.warn("{} pid={} did not stop within {}; killing it", name, process.pid(), timeout);
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            LIVE.remove(this);
        }
    }

    @Override
    public void close() {
        stop(DEFAULT_STOP_TIMEOUT);
    }

    /** @return the last {@code lines} lines of the child's log, for error messages */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public String toString() {
        return name + "[pid=" + process.pid() + (process.isAlive() ? "" : ", exited") + "]";
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(process.pid());
    }
}
