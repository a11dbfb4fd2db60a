package newsflow.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import newsflow.ingest.Crawler;
import newsflow.ingest.IngestConfig;
import newsflow.schemas.Topics;
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
        ClusterOptions.Connected c = cluster.connect();
        Crawler crawler = new Crawler(new IngestConfig(c.settings().ingest()), c.settings().kafka(), c.topics());
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
