package newsflow.testkit.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import newsflow.testkit.process.Await;
import newsflow.testkit.process.ChildJvm;
import newsflow.testkit.process.Ports;
import newsflow.testkit.process.TempDirs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka cluster in KRaft mode, each node a child JVM running {@code kafka.Kafka} from
 * Kafka's own artifacts (the {@code kafka_2.13} jar on this JVM's classpath, same version as the
 * clients), listening on free ports of 127.0.0.1.
 *
 * <p>Node 1 has the broker and controller roles and is the only voter of the metadata quorum; nodes
 * 2..N are brokers only. Each node's data lives under {@code <dataDir>/kafka/node-<id>/} and its log
 * in {@code <dataDir>/kafka/node-<id>.log}. A data directory the caller chose is kept and reused by a
 * later start (already formatted storage is left as is); a temporary one is deleted on {@link #close}.
 * Nodes stop cleanly on {@link #close}, on JVM shutdown (Ctrl-C) and when this JVM dies
 * ({@link newsflow.testkit.process.ParentWatchdog}).
 */
public final class KafkaCluster implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KafkaCluster.class);
    /** Default time to wait for all brokers to register: 120 s (a loaded 2-core machine is slow). */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);

    private final int brokers;
    private final Path dataDir;
    private final boolean temporary;
    private final String classpath;
    private final Duration startTimeout;
    private final String heap;
    private final List<Node> nodes = new ArrayList<>();
    private volatile boolean closed;

    private record Node(int id, int port, int controllerPort, Path dir, Path config, ChildJvm process) {
    }

    private KafkaCluster(Builder b) {
        this.brokers = b.brokers;
        this.temporary = b.dataDir == null;
        this.dataDir = temporary ? TempDirs.create("newsflow-kafka-") : b.dataDir.toAbsolutePath();
        this.classpath = b.classpath != null ? b.classpath : System.getProperty("java.class.path");
        this.startTimeout = b.startTimeout;
        this.heap = b.heap;
    }

    /** @return a builder for a one-broker cluster in a temporary directory */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Formats storage where needed, starts every node and waits until all brokers have registered.
     *
     * @return this cluster, running
     * @throws IllegalStateException with the node's log tail when a node exits or the start times out;
     *     nodes already started are stopped first
     */
    public KafkaCluster start() {
        if (!nodes.isEmpty() || closed) {
            throw new IllegalStateException("a KafkaCluster starts once; create a new one");
        }
        try {
            requireBrokerOnClasspath();
            int controllerPort = Ports.freePort();
            String clusterId = existingClusterId().orElseGet(() -> Uuid.randomUuid().toString());
            writeLogConfigs();
            for (int id = 1; id <= brokers; id++) {
                int port = Ports.freePort();
                Path dir = dataDir.resolve("kafka").resolve("node-" + id);
                Path config = dataDir.resolve("kafka").resolve("node-" + id + ".properties");
                writeConfig(config, id, port, controllerPort, dir);
                format(id, config, clusterId);
                ChildJvm p = ChildJvm.start("kafka-node-" + id, classpath,
                        jvmOptions(dataDir.resolve("kafka").resolve("log4j2-node.properties"), heap),
                        "kafka.Kafka", List.of(config.toString()), dataDir.resolve("kafka"),
                        dataDir.resolve("kafka").resolve("node-" + id + ".log"));
                nodes.add(new Node(id, port, controllerPort, dir, config, p));
            }
            awaitBrokers();
            log.info("kafka cluster ready brokers={} bootstrap={} dataDir={}", brokers, bootstrapServers(), dataDir);
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** @return {@code host:port,...} of every broker's PLAINTEXT listener */
    public String bootstrapServers() {
        return nodes.stream().map(n -> "127.0.0.1:" + n.port()).collect(Collectors.joining(","));
    }

    /** @return the folder holding the nodes' data and logs */
    public Path dataDir() {
        return dataDir;
    }

    /** @return the log-directory of each node, by node id from 1 */
    public List<Path> logDirs() {
        return nodes.stream().map(Node::dir).collect(Collectors.toUnmodifiableList());
    }

    /** @return every TCP port the cluster listens on (broker and controller listeners) */
    public List<Integer> ports() {
        List<Integer> ports = new ArrayList<>();
        for (Node n : nodes) {
            ports.add(n.port());
        }
        if (!nodes.isEmpty()) {
            ports.add(nodes.get(0).controllerPort());
        }
        return ports;
    }

    /** @return the operating-system process ids of the nodes */
    public List<Long> pids() {
        return nodes.stream().map(n -> n.process().pid()).collect(Collectors.toUnmodifiableList());
    }

    /** @return the number of brokers */
    public int size() {
        return brokers;
    }

    /**
     * Stops the brokers, then the controller (node 1), each with SIGTERM and SIGKILL after 30 s, and
     * deletes a temporary data directory. Idempotent.
     */
    @Override
    public void close() {
        closed = true;
        List<Node> reversed = new ArrayList<>(nodes);
        Collections.reverse(reversed);
        for (Node n : reversed) {
            n.process().stop(ChildJvm.DEFAULT_STOP_TIMEOUT);
        }
        if (temporary) {
            TempDirs.deleteRecursively(dataDir);
        }
    }

    private void requireBrokerOnClasspath() {
        try {
            Class.forName("kafka.Kafka", false, KafkaCluster.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("kafka.Kafka is not on the classpath: add org.apache.kafka:kafka_2.13 "
                    + "(the newsflow-testkit dependency brings it)", e);
        }
    }

    private java.util.Optional<String> existingClusterId() {
        Path meta = dataDir.resolve("kafka").resolve("node-1").resolve("meta.properties");
        if (!Files.isRegularFile(meta)) {
            return java.util.Optional.empty();
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + meta, e);
        }
        return java.util.Optional.ofNullable(p.getProperty("cluster.id"));
    }

    private void writeConfig(Path file, int id, int port, int controllerPort, Path dir) {
        int rf = Math.min(3, brokers);
        Map<String, String> c = new java.util.LinkedHashMap<>();
        c.put("node.id", String.valueOf(id));
        if (id == 1) {
            c.put("process.roles", "broker,controller");
            c.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        } else {
            c.put("process.roles", "broker");
            c.put("listeners", "PLAINTEXT://127.0.0.1:" + port);
        }
        c.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        c.put("controller.listener.names", "CONTROLLER");
        c.put("inter.broker.listener.name", "PLAINTEXT");
        c.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        c.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        c.put("log.dirs", dir.toString());
        c.put("num.partitions", "1");
        c.put("default.replication.factor", String.valueOf(rf));
        c.put("offsets.topic.replication.factor", String.valueOf(rf));
        c.put("offsets.topic.num.partitions", "10");
        c.put("transaction.state.log.replication.factor", String.valueOf(rf));
        c.put("transaction.state.log.min.isr", "1");
        c.put("transaction.state.log.num.partitions", "10");
        c.put("share.coordinator.state.topic.replication.factor", String.valueOf(rf));
        c.put("share.coordinator.state.topic.min.isr", "1");
        c.put("group.initial.rebalance.delay.ms", "0");
        c.put("auto.create.topics.enable", "true");
        StringBuilder sb = new StringBuilder("# written by newsflow testkit; regenerated at every start\n");
        c.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        try {
            Files.createDirectories(dir);
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void writeLogConfigs() {
        Path kafkaDir = dataDir.resolve("kafka");
        try {
            Files.createDirectories(kafkaDir);
            Files.writeString(kafkaDir.resolve("log4j2-node.properties"), Log4jConfigs.BROKER, StandardCharsets.UTF_8);
            Files.writeString(kafkaDir.resolve("log4j2-tool.properties"), Log4jConfigs.TOOL, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write log configs under " + kafkaDir, e);
        }
    }

    /** Formats the node's storage with {@code kafka.tools.StorageTool}, unless it is formatted already. */
    private void format(int id, Path config, String clusterId) {
        ChildJvm tool = ChildJvm.start("kafka-format-node-" + id, classpath,
                jvmOptions(dataDir.resolve("kafka").resolve("log4j2-tool.properties"), "256m"),
                "kafka.tools.StorageTool", List.of("format", "--ignore-formatted", "-t", clusterId, "-c", config.toString()),
                dataDir.resolve("kafka"), dataDir.resolve("kafka").resolve("node-" + id + "-format.log"));
        int exit;
        try {
            exit = tool.awaitExit(Duration.ofSeconds(120));
        } finally {
            tool.stop(Duration.ofSeconds(10));
        }
        if (exit != 0) {
            throw new IllegalStateException("formatting kafka node " + id + " failed with exit code " + exit + "; log "
                    + tool.logFile() + ":\n" + tool.logTail(20));
        }
    }

    private static List<String> jvmOptions(Path log4jConfig, String heap) {
        return List.of("-Xms64m", "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true", "-Dlog4j2.configurationFile=" + log4jConfig.toUri());
    }

    private void awaitBrokers() {
        Map<String, Object> props = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (Admin admin = Admin.create(props)) {
            Await.until(brokers + " kafka broker(s) to register", startTimeout, () -> {
                for (Node n : nodes) {
                    if (!n.process().isAlive()) {
                        throw new IllegalStateException(n.process().name() + " exited with code "
                                + n.process().exitValue() + "; log " + n.process().logFile() + ":\n" + n.process().logTail(30));
                    }
                }
                try {
                    return admin.describeCluster(new DescribeClusterOptions().timeoutMs(5000))
                            .nodes().get(6, TimeUnit.SECONDS).size() == brokers;
                } catch (ExecutionException | TimeoutException e) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }, () -> nodes.stream().map(n -> n.process().name() + " log tail:\n" + n.process().logTail(15))
                    .collect(Collectors.joining("\n")));
        }
    }

    /** Builder of {@link KafkaCluster}. */
    public static final class Builder {
        private int brokers = 1;
        private Path dataDir;
        private String classpath;
        private Duration startTimeout = DEFAULT_START_TIMEOUT;
        private String heap = "512m";

        private Builder() {
        }

        /** @param count number of brokers, 1..9; node 1 is also the controller */
        public Builder brokers(int count) {
            if (count < 1 || count > 9) {
                throw new IllegalArgumentException("brokers must be in 1..9, was " + count);
            }
            this.brokers = count;
            return this;
        }

        /** @param dir folder for data and logs, kept after close; default: a temporary folder, deleted on close */
        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            return this;
        }

        /** @param classpath the nodes' classpath; default: this JVM's {@code java.class.path} */
        public Builder classpath(String classpath) {
            this.classpath = classpath;
            return this;
        }

        /** @param timeout how long to wait for all brokers to register */
        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        /** @param heap maximum heap of each node, as for {@code -Xmx} (e.g. {@code 512m}) */
        public Builder heap(String heap) {
            this.heap = heap;
            return this;
        }

        /** @return a started cluster; see {@link KafkaCluster#start()} */
        public KafkaCluster start() {
            return new KafkaCluster(this).start();
        }
    }
}
