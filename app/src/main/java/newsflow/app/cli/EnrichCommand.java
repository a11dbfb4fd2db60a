package newsflow.app.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import newsflow.enrich.EnrichApp;
import newsflow.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow enrich}: one instance of the enrich topology against a user's Kafka and Schema Registry. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Run the enrich topology: news.pages to news.articles (exactly_once_v2), failures to news.dlq.",
                "Start more instances with the same application.id to scale. Stops on Ctrl-C."})
final class EnrichCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = "data/enrich-state",
            description = "Folder for the topology's local state (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    @Option(names = "--until-caught-up", description = "Stop once the topology has processed everything on "
            + "news.pages (lag 0), instead of running on.")
    boolean untilCaughtUp;

    @Override
    public Integer call() throws Exception {
        ClusterOptions.Connected c = cluster.connect();
        Topics topics = c.topics();
        Map<String, Object> kafka = c.settings().kafka();
        String appId = String.valueOf(kafka.getOrDefault(StreamsConfig.APPLICATION_ID_CONFIG, EnrichApp.DEFAULT_APPLICATION_ID));
        EnrichApp app = EnrichApp.start(topics, EnrichApp.streamsProperties(kafka, appId, stateDir.toAbsolutePath()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "enrich-shutdown"));
        System.err.println("enrich: running as " + appId + "; Ctrl-C stops");
        if (untilCaughtUp) {
            try (Admin admin = Admin.create(AdminSettings.of(kafka))) {
                int caughtUp = 0;
                while (caughtUp < 3 && stopped.getCount() > 0) {
                    boolean running = app.streams().state() == org.apache.kafka.streams.KafkaStreams.State.RUNNING;
                    caughtUp = running && app.lag(admin) == 0 ? caughtUp + 1 : 0;
                    stopped.await(1, java.util.concurrent.TimeUnit.SECONDS);
                }
            }
            app.close();
            stopped.countDown();
        }
        stopped.await();
        System.err.println("enrich: " + app.stats());
        return 0;
    }
}
