package newsflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import newsflow.testkit.process.Ports;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStackIT {

    @Test
    void shouldStartAndStopTwiceOnTheSameDataDirLeavingNoProcessPortOrLock(@TempDir Path dataDir) throws Exception {
        Set<Long> before = liveDescendants();
        for (int round = 1; round <= 2; round++) {
            List<Integer> ports = new ArrayList<>();
            List<Long> pids = new ArrayList<>();
            List<Path> logDirs;
            try (EmbeddedStack stack = EmbeddedStack.start(dataDir)) {
                ports.addAll(stack.kafka().ports());
                ports.add(stack.registry().port());
                pids.addAll(stack.kafka().pids());
                pids.add(stack.registry().pid());
                logDirs = stack.kafka().logDirs();

                String topic = "round-" + round;
                produceAndReadBack(stack.bootstrapServers(), topic, "hello " + round);
                assertThat(get(stack.schemaRegistryUrl() + "/subjects")).isEqualTo(200);
                // the topic of the first round survived the restart on the same data dir
                if (round == 2) {
                    try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
                        assertThat(admin.listTopics().names().get()).contains("round-1", "round-2");
                    }
                }
            }
            for (long pid : pids) {
                assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                        .as("process %d still alive after close", pid).isFalse();
            }
            for (int port : ports) {
                assertThat(Ports.isFree(port)).as("port %d still bound after close", port).isTrue();
            }
            for (Path logDir : logDirs) {
                Path lockFile = logDir.resolve(".lock");
                if (!java.nio.file.Files.exists(lockFile)) {
                    continue; // a clean shutdown removes the lock file
                }
                try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                        FileLock lock = ch.tryLock()) {
                    assertThat(lock).as("lock of %s still held", logDir).isNotNull();
                }
            }
            assertThat(liveDescendants()).isEqualTo(before);
        }
    }

    @Test
    void shouldDeleteATemporaryDataDirOnClose() {
        Path dir;
        try (EmbeddedStack stack = EmbeddedStack.start(null)) {
            dir = stack.kafka().dataDir();
            assertThat(dir).exists();
        }
        assertThat(dir).doesNotExist();
    }

    static void produceAndReadBack(String bootstrap, String topic, String value) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> p = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            p.send(new ProducerRecord<>(topic, "k", value)).get();
        }
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            List<String> got = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (got.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    got.add(r.value());
                }
            }
            assertThat(got).containsExactly(value);
        }
    }

    private static int get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Set<Long> liveDescendants() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }
}
