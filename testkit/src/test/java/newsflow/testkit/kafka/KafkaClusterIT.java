package newsflow.testkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaClusterIT {

    @Test
    void shouldCreateReplicatedTopicsAndServeThemWhenThreeBrokersRun() throws Exception {
        try (KafkaCluster cluster = KafkaCluster.builder().brokers(3).heap("384m").start()) {
            String bootstrap = cluster.bootstrapServers();
            assertThat(bootstrap.split(",")).hasSize(3);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.createTopics(List.of(new NewTopic("replicated", 3, (short) 3)
                        .configs(Map.of("min.insync.replicas", "2")))).all().get();
                // a new topic's metadata reaches the brokers a moment after createTopics returns: wait for it
                newsflow.testkit.process.Await.until("topic 'replicated' described with a leader and 3 in-sync replicas",
                        Duration.ofSeconds(60), () -> described(admin) != null
                                && described(admin).partitions().stream().allMatch(p -> p.leader() != null && p.isr().size() == 3),
                        () -> String.valueOf(described(admin)));
                TopicDescription d = described(admin);
                assertThat(d.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
            }
            try (KafkaProducer<String, String> p = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < 30; i++) {
                    p.send(new ProducerRecord<>("replicated", "k" + i, "v" + i)).get();
                }
            }
            try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.GROUP_ID_CONFIG, "it-replicated",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
                c.subscribe(List.of("replicated"));
                List<String> got = new ArrayList<>();
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (got.size() < 30 && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                        got.add(r.value());
                    }
                }
                assertThat(got).hasSize(30);
            }
        }
    }

    /** @return the topic's description, or null while the brokers do not know it yet */
    private static TopicDescription described(Admin admin) {
        try {
            return admin.describeTopics(List.of("replicated")).allTopicNames().get().get("replicated");
        } catch (java.util.concurrent.ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
