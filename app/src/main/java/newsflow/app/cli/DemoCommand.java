package newsflow.app.cli;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsflow.app.local.LocalPipeline;
import newsflow.app.local.TopicReader;
import newsflow.ingest.IngestConfig;
import newsflow.schemas.Article;
import newsflow.schemas.Topics;
import newsflow.testkit.EmbeddedStack;
import newsflow.testkit.web.StaticSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow demo}: the main job on the embedded default. Starts a real Kafka broker and Schema
 * Registry (child JVMs), serves the project's copy of the seed site on 127.0.0.1 and crawls it as
 * {@code https://urdu-news.example} (a fetcher host override), runs the enrich topology, then reads
 * {@code news.articles} back ({@code read_committed}) and prints what it found.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Crawl the bundled Urdu news site into an embedded Kafka, strip its boilerplate in the "
                + "Streams topology and print the Avro articles it emits.",
                "Stdout: a table and the last line DEMO articles=N dlq=N fetched=N robots_disallowed_fetched=N; "
                        + "progress and logs go to stderr."})
final class DemoCommand implements Callable<Integer> {
    /** The origin the bundled site is crawled as. */
    static final String SITE_ORIGIN = "https://urdu-news.example";

    @Option(names = "--out", paramLabel = "FILE", description = "Write each Article as one JSON line to FILE.")
    Path out;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Give up after this many seconds, exit 1 (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder for the broker's log, the registry's log and the topology's state "
                    + "(default: data/demo-<date-time> under the current folder; kept afterwards).")
    Path data;

    @Option(names = "--site", paramLabel = "DIR",
            description = "The site to serve (default: the project's demo/seed-site).")
    Path site;

    @Option(names = "--delay-ms", paramLabel = "MS", defaultValue = "1000",
            description = "Politeness delay between fetches when robots.txt gives no Crawl-delay (default: ${DEFAULT-VALUE}).")
    long delayMs;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        Path siteDir = site != null ? site : DemoSite.defaultDir();
        Path dataDir = (data != null ? data
                : Path.of("data", "demo-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))))
                .toAbsolutePath();
        Files.createDirectories(dataDir);
        err.println("demo: data in " + dataDir);
        err.println("demo: starting Kafka (KRaft) and the Schema Registry...");
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        try (EmbeddedStack stack = EmbeddedStack.start(dataDir);
                StaticSite web = StaticSite.serve(siteDir)) {
            err.println("demo: kafka " + stack.bootstrapServers() + ", registry " + stack.schemaRegistryUrl()
                    + ", site " + SITE_ORIGIN + " served from " + web.origin() + " (" + siteDir + ")");
            Result r = run(stack, web, List.of(SITE_ORIGIN + "/"), delayMs, dataDir, deadline, err);
            if (r == null) {
                err.println("demo: timed out after " + timeoutSeconds + " s; data kept in " + dataDir);
                return 1;
            }
            List<Article> articles = r.articles();
            printTable(System.out, articles);
            if (out != null) {
                try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    for (Article a : articles) {
                        w.write(ArticleJson.line(null, a));
                        w.newLine();
                    }
                }
                err.println("demo: " + articles.size() + " articles written to " + out.toAbsolutePath());
            }
            long disallowed = robotsDisallowedFetched(siteDir, web.requests());
            err.println("demo: data kept in " + dataDir);
            System.out.println("DEMO articles=" + articles.size() + " dlq=" + r.deadLetters() + " fetched=" + r.fetched()
                    + " robots_disallowed_fetched=" + disallowed);
            System.out.flush();
            return 0;
        }
    }

    /** What a finished run found. */
    record Result(List<Article> articles, long deadLetters, long fetched) {
    }

    /**
     * Runs the pipeline on the served site until the frontier is empty and the topology has caught up.
     *
     * @param seeds URLs on {@link #SITE_ORIGIN} to start from
     * @param delayMs politeness delay when robots.txt gives no Crawl-delay, ms
     * @return what it found, or null at the deadline
     */
    static Result run(EmbeddedStack stack, StaticSite web, List<String> seeds, long delayMs, Path dataDir,
            long deadlineNanos, PrintStream progress) throws InterruptedException {
        Map<String, Object> ingest = Map.of(
                IngestConfig.HOST_OVERRIDES, SITE_ORIGIN + "=" + web.origin(),
                IngestConfig.DEFAULT_DELAY_MS, delayMs);
        try (LocalPipeline p = LocalPipeline.start(stack.bootstrapServers(), stack.schemaRegistryUrl(), ingest,
                dataDir.resolve("streams"))) {
            p.crawler().enqueueSeeds(seeds);
            String last = "";
            int doneStreak = 0;
            while (System.nanoTime() - deadlineNanos < 0) {
                boolean done = p.isDone();
                doneStreak = done ? doneStreak + 1 : 0;
                String line = "demo: " + p.crawler().stats().fetched + " fetched, " + p.crawler().stats().pages
                        + " pages, " + p.enrich().stats().articles + " articles, frontier "
                        + (p.crawler().isIdle() ? "empty" : "busy") + ", topology lag " + p.lag();
                if (!line.equals(last)) {
                    progress.println(line);
                    last = line;
                }
                if (doneStreak >= 2) {
                    progress.println("demo: crawl " + p.crawler().stats());
                    progress.println("demo: enrich " + p.enrich().stats());
                    try (TopicReader reader = new TopicReader(stack.bootstrapServers())) {
                        List<Article> articles = reader.readAll(Topics.ARTICLES, p.topics().articles());
                        long dlq = reader.count(Topics.DLQ);
                        return new Result(latestById(articles), dlq, p.crawler().stats().fetched.get());
                    }
                }
                Thread.sleep(500);
            }
            progress.println("demo: where it stopped: " + last.replaceFirst("^demo: ", ""));
            return null;
        }
    }

    /** @return one Article per id (the last one written, as compaction keeps), ordered by published then title */
    static List<Article> latestById(List<Article> all) {
        Map<String, Article> byId = new java.util.LinkedHashMap<>();
        all.forEach(a -> byId.put(a.getId(), a));
        List<Article> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparing((Article a) -> String.valueOf(newsflow.enrich.strip.ArticleRecords.iso(a.getPublished())))
                .thenComparing(Article::getTitle));
        return out;
    }

    static void printTable(PrintStream out, List<Article> articles) {
        out.printf("%-22s %-4s %-4s %-26s %6s  %s%n", "SITE", "LANG", "DIR", "PUBLISHED", "WORDS", "TITLE");
        for (Article a : articles) {
            out.printf("%-22s %-4s %-4s %-26s %6d  %s%n", a.getSite(), a.getLanguage(),
                    a.getDirection().name().toLowerCase(java.util.Locale.ROOT),
                    String.valueOf(newsflow.enrich.strip.ArticleRecords.iso(a.getPublished())), a.getWordCount(), a.getTitle());
        }
    }

    /**
     * @return requests the local site answered for paths its own robots.txt disallows to newsflow (from
     *     the server's request log, not from the crawler's word)
     */
    static long robotsDisallowedFetched(Path siteDir, List<StaticSite.Request> requests) throws IOException {
        Path robots = siteDir.resolve("robots.txt");
        if (!Files.exists(robots)) {
            return 0;
        }
        BaseRobotRules rules = new SimpleRobotRulesParser().parseContent(SITE_ORIGIN + "/robots.txt",
                Files.readAllBytes(robots), "text/plain", List.of("newsflow"));
        return requests.stream().filter(r -> !r.path().equals("/robots.txt"))
                .filter(r -> !rules.isAllowed(SITE_ORIGIN + r.path())).count();
    }
}
