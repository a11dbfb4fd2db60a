package newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import newsflow.core.clean.PageCleaner;
import newsflow.ingest.fetch.HostOverrides;
import newsflow.ingest.fetch.HttpFetcher;
import newsflow.ingest.frontier.SeenUrls;
import newsflow.ingest.politeness.HostPoliteness;
import newsflow.ingest.robots.RobotsPolicy;
import newsflow.schemas.CrawlRequest;
import newsflow.schemas.CrawlSource;
import newsflow.testkit.web.StaticSite;
import newsflow.testkit.web.StaticSite.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crawler's per-record step against a local site, without Kafka: a breadth-first run of the frontier in memory. */
class CrawlStepTest {
    private static final String SITE = "https://urdu-news.example";
    @TempDir
    Path root;
    private StaticSite web;
    private final CrawlStats stats = new CrawlStats();
    private CrawlStep step;

    @BeforeEach
    void start() throws Exception {
        write("robots.txt", "User-agent: *\nDisallow: /private/\n\nSitemap: " + SITE + "/sitemap.xml\n");
        write("sitemap.xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>" + SITE + "/news/a.html</loc></url></urlset>");
        write("index.html", "<html><head><title>Home</title></head><body><a href=\"/news/b.html\">b</a>"
                + "<a href=\"/private/x.html\">x</a><a href=\"https://elsewhere.example/y.html\">y</a>"
                + "<a href=\"/logo.png\">logo</a><a href=\"/news/b.html?utm_source=home\">b again</a></body></html>");
        write("news/a.html", article("Story A"));
        write("news/b.html", article("Story B"));
        web = StaticSite.serve(root);
        web.override("/news/broken.html", new Response(200, Map.of("Content-Type", "text/html"),
                new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2, (byte) 0xff, (byte) 0xfe, 3, 4, 5}));
        IngestConfig config = new IngestConfig(Map.of(IngestConfig.MAX_DEPTH, 2));
        HttpFetcher fetcher = new HttpFetcher("newsflow-test", Duration.ofSeconds(5), 1 << 20, 5,
                HostOverrides.parse(List.of(SITE + "=" + web.origin())));
        step = new CrawlStep(config, fetcher, new RobotsPolicy(fetcher, "newsflow", Duration.ofHours(1), System::nanoTime),
                new HostPoliteness(0, 0, System::nanoTime, ms -> { }), new PageCleaner(), new SeenUrls(1000), stats);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void shouldCrawlSitemapAndSameSiteLinksButNothingRobotsDisallowsOrOffSite() throws Exception {
        List<CrawlStep.Output> all = crawl(SITE + "/");
        List<String> pages = all.stream().filter(o -> o instanceof CrawlStep.PageOut)
                .map(o -> ((CrawlStep.PageOut) o).page().getUrl()).toList();
        assertThat(pages).containsExactlyInAnyOrder(SITE + "/", SITE + "/news/a.html", SITE + "/news/b.html");
        assertThat(web.requests()).extracting(StaticSite.Request::path)
                .doesNotContain("/private/x.html", "/logo.png")
                .containsOnlyOnce("/robots.txt", "/news/b.html");
        assertThat(stats.robotsDisallowed).hasValue(1);
        assertThat(all).filteredOn(o -> o instanceof CrawlStep.PageOut)
                .allSatisfy(o -> assertThat(((CrawlStep.PageOut) o).site()).isEqualTo("urdu-news.example"));
    }

    @Test
    void shouldKeepTheSitesOwnUrlsOnPagesAndLinks() throws Exception {
        List<CrawlStep.Output> all = crawl(SITE + "/");
        assertThat(all).filteredOn(o -> o instanceof CrawlStep.LinkOut)
                .allSatisfy(o -> assertThat(((CrawlStep.LinkOut) o).request().getUrl()).startsWith(SITE + "/"));
        var a = all.stream().filter(o -> o instanceof CrawlStep.PageOut p && p.page().getUrl().endsWith("/a.html"))
                .map(o -> ((CrawlStep.PageOut) o).page()).findFirst().orElseThrow();
        assertThat(a.getTitle()).isEqualTo("Story A");
        assertThat(a.getFinalUrl()).isEqualTo(SITE + "/news/a.html");
        assertThat(a.getBlocks()).isNotEmpty();
    }

    @Test
    void shouldSendAPageThatCannotBeDecodedToTheDeadLetterTopicWithItsBytes() throws Exception {
        List<CrawlStep.Output> out = run(request(SITE + "/news/broken.html", 1));
        assertThat(out).filteredOn(o -> !(o instanceof CrawlStep.LinkOut)).singleElement().isInstanceOfSatisfying(CrawlStep.DeadLetterOut.class, d -> {
            assertThat(d.url()).isEqualTo(SITE + "/news/broken.html");
            assertThat(d.stage()).isEqualTo("ingest.decode");
            assertThat(d.message()).contains("text/html");
            assertThat(d.body()).startsWith((byte) '%', (byte) 'P', (byte) 'D', (byte) 'F');
        });
    }

    @Test
    void shouldFetchAUrlOnceEvenWhenTheFrontierHoldsItTwice() throws Exception {
        run(request(SITE + "/news/a.html", 1));
        assertThat(run(request(SITE + "/news/a.html", 1))).isEmpty();
        assertThat(stats.duplicates).hasValue(1);
        assertThat(web.requests()).extracting(StaticSite.Request::path).containsOnlyOnce("/news/a.html");
    }

    @Test
    void shouldCountErrorStatusesWithoutProducingAPage() throws Exception {
        assertThat(run(request(SITE + "/gone.html", 1))).allMatch(o -> o instanceof CrawlStep.LinkOut);
        assertThat(stats.byStatus()).containsEntry(404, 1L);
    }

    private List<CrawlStep.Output> crawl(String seed) throws InterruptedException {
        Deque<CrawlRequest> frontier = new ArrayDeque<>();
        frontier.add(step.seed(seed, Instant.now()).orElseThrow());
        List<CrawlStep.Output> all = new ArrayList<>();
        while (!frontier.isEmpty()) {
            for (CrawlStep.Output o : run(frontier.poll())) {
                all.add(o);
                if (o instanceof CrawlStep.LinkOut l) {
                    frontier.add(l.request());
                }
            }
        }
        return all;
    }

    /** Processes one record and commits its marks, as the crawler does once the outputs are in Kafka. */
    private List<CrawlStep.Output> run(CrawlRequest r) throws InterruptedException {
        CrawlStep.Result result = step.process(r);
        result.commit();
        return result.outputs();
    }

    @Test
    void shouldProcessARecordAgainWhenItsTransactionFailed() throws Exception {
        CrawlRequest r = request(SITE + "/news/a.html", 1);
        CrawlStep.Result failed = step.process(r); // never committed: the transaction was aborted
        assertThat(failed.outputs()).anyMatch(o -> o instanceof CrawlStep.PageOut);
        assertThat(run(r)).anyMatch(o -> o instanceof CrawlStep.PageOut);
        assertThat(stats.duplicates).hasValue(0);
    }

    @Test
    void shouldNotFollowARedirectIntoWhatRobotsTxtDisallows() throws Exception {
        web.override("/go", new Response(302, Map.of("Location", "/private/x.html"), new byte[0]));
        assertThat(run(request(SITE + "/go", 1))).noneMatch(o -> o instanceof CrawlStep.PageOut);
        assertThat(web.requests()).extracting(StaticSite.Request::path).doesNotContain("/private/x.html");
        assertThat(stats.robotsDisallowed).hasValue(1);
    }

    @Test
    void shouldPutATransientFailureBackOnTheFrontierWithOneMoreAttempt() throws Exception {
        web.override("/busy.html", new Response(503, Map.of(), new byte[0]));
        CrawlRequest first = request(SITE + "/busy.html", 1);
        List<CrawlStep.Output> out = run(first);
        CrawlRequest retry = out.stream().filter(o -> o instanceof CrawlStep.LinkOut l && l.request().getUrl().equals(first.getUrl()))
                .map(o -> ((CrawlStep.LinkOut) o).request()).findFirst().orElseThrow();
        assertThat(retry.getAttempt()).isEqualTo(1);
        assertThat(run(retry)).anyMatch(o -> o instanceof CrawlStep.LinkOut l && l.request().getAttempt() == 2);
        assertThat(run(CrawlRequest.newBuilder(retry).setAttempt(2).build())).isEmpty();
        assertThat(stats.gaveUp).hasValue(1);
    }

    @Test
    void shouldJoinTheNextPagesOfASplitArticleIntoOnePage() throws Exception {
        write("news/split.html", "<html lang=en><head><title>Split story</title><link rel='next' href='/news/split-2.html'>"
                + "</head><body><article><h1>Split story</h1><p>" + sentence("first") + "</p><p>Page 1 of 3</p>"
                + "<a href='/news/split-2.html'>2</a></article></body></html>");
        write("news/split-2.html", "<html lang=en><head><title>Split story</title><link rel='next' href='/news/split-3.html'>"
                + "</head><body><article><h1>Split story</h1><p>" + sentence("second") + "</p><p>Page 2 of 3</p></article></body></html>");
        write("news/split-3.html", "<html lang=en><head><title>Split story</title></head><body><article><h1>Split story</h1><p>"
                + sentence("third") + "</p><p>Page 3 of 3</p></article></body></html>");
        List<CrawlStep.Output> out = run(request(SITE + "/news/split.html", 1));
        var page = out.stream().filter(o -> o instanceof CrawlStep.PageOut).map(o -> ((CrawlStep.PageOut) o).page())
                .toList();
        assertThat(page).singleElement().satisfies(p -> {
            assertThat(p.getUrl()).isEqualTo(SITE + "/news/split.html");
            assertThat(p.getBlocks()).filteredOn(b -> b.getLabel() == newsflow.schemas.BlockLabel.CONTENT)
                    .extracting(newsflow.schemas.Block::getText)
                    .containsSubsequence(sentence("first"), sentence("second"), sentence("third"))
                    .noneMatch(t -> t.startsWith("Page "));
        });
        // the following pages are part of this article: never enqueued or fetched as articles of their own
        assertThat(out).filteredOn(o -> o instanceof CrawlStep.LinkOut)
                .noneMatch(o -> ((CrawlStep.LinkOut) o).request().getUrl().contains("split-"));
        assertThat(run(request(SITE + "/news/split-2.html", 2))).isEmpty();
        assertThat(web.requests()).extracting(StaticSite.Request::path).containsOnlyOnce("/news/split-2.html", "/news/split-3.html");
    }

    @Test
    void shouldNotJoinTheNextPostThatABlogMarksRelNext() throws Exception {
        // WordPress's post navigation: rel=next names the next post, another article
        write("2019/11/first-post/index.html", "<html lang=en><head><title>First post</title></head><body><article><h1>First post</h1><p>"
                + sentence("first") + "</p><a rel='next' href='/2019/11/second-post/'>Second post</a></article></body></html>");
        write("2019/11/second-post/index.html", "<html lang=en><head><title>Second post</title></head><body><article><h1>Second post</h1><p>"
                + sentence("second") + "</p></article></body></html>");
        List<CrawlStep.Output> out = run(request(SITE + "/2019/11/first-post/", 1));
        assertThat(out).filteredOn(o -> o instanceof CrawlStep.PageOut).singleElement()
                .satisfies(o -> assertThat(((CrawlStep.PageOut) o).page().getBlocks()).extracting(newsflow.schemas.Block::getText)
                        .contains(sentence("first")).doesNotContain(sentence("second")));
        // the next post is a link to crawl as an article of its own
        assertThat(out).filteredOn(o -> o instanceof CrawlStep.LinkOut)
                .anyMatch(o -> ((CrawlStep.LinkOut) o).request().getUrl().endsWith("/2019/11/second-post/"));
        assertThat(web.requests()).extracting(StaticSite.Request::path).doesNotContain("/2019/11/second-post/");
    }

    private static String sentence(String which) {
        return "This is the " + which + " part of the story, long enough to read as prose, with clauses, commas and a full stop.";
    }

    private CrawlRequest request(String url, int depth) {
        return CrawlRequest.newBuilder(step.seed(url, Instant.now()).orElseThrow())
                .setDepth(depth).setSource(CrawlSource.LINK).build();
    }

    private void write(String path, String text) throws Exception {
        Path f = root.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    private static String article(String title) {
        StringBuilder sb = new StringBuilder("<html lang=en><head><title>" + title + "</title></head><body><article><h1>"
                + title + "</h1>");
        for (int i = 0; i < 5; i++) {
            sb.append("<p>This is paragraph ").append(i).append(" of the story, long enough to be read as prose, with "
                    + "several clauses, some commas, and a full stop at the end.</p>");
        }
        return sb.append("</article></body></html>").toString();
    }
}
