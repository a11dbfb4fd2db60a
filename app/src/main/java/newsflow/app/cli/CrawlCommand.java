package newsflow.app.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsflow.app.local.LocalPipeline;
import newsflow.ingest.Crawler;
import newsflow.ingest.IngestConfig;
import newsflow.schemas.Topics;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.serde.AvroSerdeConfig;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow crawl}: one crawler instance against a user's Kafka and Schema Registry. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = {"Run a crawler instance: consume news.frontier, fetch politely, produce news.pages.",
                "Start more instances with the same ingest.group.id to share the sites. Stops on Ctrl-C."})
final class CrawlCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--seed", paramLabel = "URL", description = "Put URL on the frontier first (repeatable): a "
            + "home page, a section, a sitemap or a feed.")
    List<String> seeds = List.of();

    @Option(names = "--until-idle", description = "Stop when this instance's frontier is empty, instead of running on.")
    boolean untilIdle;

    @Override
    public Integer call() throws Exception {
        Settings s = cluster.settings();
        AvroSerdeConfig serde = new AvroSerdeConfig(s.serde());
        SchemaRegistryClient registry = new SchemaRegistryClient(serde.clientConfig());
        Topics topics = Topics.create(registry, serde);
        ClusterCheck.requireReachable(s.kafka(), registry, String.valueOf(s.serde().get(AvroSerdeConfig.SCHEMA_REGISTRY_URL)));
        try (Admin admin = Admin.create(AdminSettings.of(s.kafka()))) {
            LocalPipeline.createTopics(admin, topics);
        }
        Crawler crawler = new Crawler(new IngestConfig(s.ingest()), s.kafka(), topics);
        if (!seeds.isEmpty()) {
            System.err.println("crawl: " + crawler.enqueueSeeds(seeds) + " seeds on " + Topics.FRONTIER);
        }
        Thread t = new Thread(crawler, "crawler");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            crawler.close();
            joinQuietly(t);
        }, "crawler-shutdown"));
        t.start();
        int idleChecks = 0;
        while (t.isAlive()) {
            t.join(1000);
            idleChecks = crawler.isIdle() ? idleChecks + 1 : 0;
            if (untilIdle && idleChecks >= 3) {
                crawler.close();
                t.join();
            }
        }
        System.err.println("crawl: " + crawler.stats());
        if (crawler.failure() != null) {
            System.err.println("crawl: stopped by " + crawler.failure());
            return 1;
        }
        return 0;
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
