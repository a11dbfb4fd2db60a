package newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsflow.core.clean.PageCleaner;
import newsflow.core.decode.HttpHead;
import newsflow.ingest.discover.SitemapReader;
import newsflow.core.UrlNormalizer;
import newsflow.ingest.fetch.HostOverrides;
import newsflow.ingest.fetch.HttpFetcher;
import newsflow.ingest.frontier.SeenUrls;
import newsflow.ingest.politeness.HostPoliteness;
import newsflow.ingest.robots.RobotsPolicy;
import newsflow.schemas.CleanPage;
import newsflow.testkit.web.StaticSite;
import org.junit.jupiter.api.Test;

/**
 * The crawler-level expectations of the shared cases ({@code ../shared/cases/*}/expected-extra.json),
 * read from the case files as they are: each case is served by a local web site under its own URL.
 */
class SharedCrawlCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path caseDir(String name) {
        String prop = System.getProperty("newsflow.shared.dir");
        Path p = (prop != null ? Path.of(prop) : Path.of("..", "..", "shared")).resolve("cases").resolve(name);
        assumeTrue(Files.isDirectory(p), "shared case " + name + " not found at " + p.toAbsolutePath()
                + " (set -Dnewsflow.shared.dir)");
        return p;
    }

    private static JsonNode extra(Path dir) throws Exception {
        return JSON.readTree(dir.resolve("expected-extra.json").toFile());
    }

    private static String origin(String url) {
        return RobotsPolicy.origin(url);
    }

    /** Serves the case's input.html (with its headers) at the path of its url.txt, plus extra files. */
    private static StaticSite serve(Path dir, String url, Map<String, String> files) throws Exception {
        StaticSite web = StaticSite.serve(Files.createTempDirectory("case-site"));
        HttpHead head = HttpHead.parse(Files.readString(dir.resolve("headers.txt"), java.nio.charset.StandardCharsets.ISO_8859_1));
        Map<String, String> headers = new java.util.HashMap<>();
        head.headers().forEach((k, v) -> {
            if (!k.equals("content-length")) {
                headers.put(k, v.get(0));
            }
        });
        web.override(java.net.URI.create(url).getRawPath(), new StaticSite.Response(head.status(), headers,
                Files.readAllBytes(dir.resolve("input.html"))));
        for (var f : files.entrySet()) {
            web.override(f.getKey(), new StaticSite.Response(200, Map.of("Content-Type", "text/plain"),
                    Files.readAllBytes(dir.resolve(f.getValue()))));
        }
        return web;
    }

    private static CrawlStep step(StaticSite web, String url, int maxBodyBytes, CrawlStats stats) {
        HttpFetcher f = new HttpFetcher("newsflow-test", Duration.ofSeconds(5), maxBodyBytes, 5,
                HostOverrides.parse(List.of(origin(url) + "=" + web.origin())));
        return new CrawlStep(new IngestConfig(Map.of()), f, new RobotsPolicy(f, "newsflow", Duration.ofHours(1), System::nanoTime),
                new HostPoliteness(0, 0, System::nanoTime, ms -> { }), new PageCleaner(), new SeenUrls(100), stats);
    }

    private static List<CrawlStep.Output> crawlOne(CrawlStep step, String url) throws InterruptedException {
        CrawlStep.Result r = step.process(step.seed(url, Instant.now()).orElseThrow());
        r.commit();
        return r.outputs();
    }

    @Test
    void case24_shouldGiveTheAmpPageAndItsCanonicalOneDedupeKey() throws Exception {
        Path dir = caseDir("24-en-amp-and-tracking-params-duplicate");
        JsonNode extra = extra(dir);
        UrlNormalizer n = new UrlNormalizer();
        String amp = Files.readString(dir.resolve("url.txt")).trim();
        String canonical = Files.readString(dir.resolve("canonical-url.txt")).trim();
        for (JsonNode p : extra.get("tracking_params_to_strip")) {
            assertThat(n.normalize(amp).orElseThrow() + n.normalize(canonical).orElseThrow()).doesNotContain(p.asText() + "=");
        }
        assertThat(n.normalize(canonical)).contains(extra.get("canonical_url").asText());
        String ampSite = UrlNormalizer.site(UrlNormalizer.host(amp).orElseThrow());
        String wwwSite = UrlNormalizer.site(UrlNormalizer.host(canonical).orElseThrow());
        assertThat(ampSite).isEqualTo(wwwSite);
        try (StaticSite web = serve(dir, n.normalize(amp).orElseThrow(), Map.of())) {
            CleanPage page = crawlOne(step(web, amp, 1 << 20, new CrawlStats()), n.normalize(amp).orElseThrow()).stream()
                    .filter(o -> o instanceof CrawlStep.PageOut).map(o -> ((CrawlStep.PageOut) o).page()).findFirst().orElseThrow();
            assertThat(page.getCanonicalUrl()).isEqualTo(extra.get("canonical_url").asText());
            assertThat(page.getSite()).isEqualTo(wwwSite);
        }
    }

    @Test
    void case26_shouldMarkABodyCutAtMaxBodyBytesAsTruncatedAndKeepNoContentFromIt() throws Exception {
        Path dir = caseDir("26-en-body-beyond-max-body-size");
        int max = extra(dir).get("simulate_max_body_bytes").asInt();
        String url = "https://www.case26.example.test/news/2024/01/hospital-wing";
        try (StaticSite web = serve(dir, url, Map.of())) {
            CrawlStats stats = new CrawlStats();
            CleanPage page = crawlOne(step(web, url, max, stats), url).stream().filter(o -> o instanceof CrawlStep.PageOut)
                    .map(o -> ((CrawlStep.PageOut) o).page()).findFirst().orElseThrow();
            assertThat(page.getTruncated()).isTrue();
            assertThat(page.getBlocks()).noneMatch(b -> b.getLabel() == newsflow.schemas.BlockLabel.CONTENT);
        }
    }

    @Test
    void case27_shouldSendPdfBytesServedAsHtmlToTheDeadLetterTopicNotAsAPage() throws Exception {
        Path dir = caseDir("27-pdf-bytes-served-as-text-html");
        String url = Files.readString(dir.resolve("url.txt")).trim();
        assertThat(extra(dir).get("emit_article_record").asBoolean()).isFalse();
        try (StaticSite web = serve(dir, url, Map.of())) {
            List<CrawlStep.Output> out = crawlOne(step(web, url, 1 << 20, new CrawlStats()), url);
            assertThat(out).noneMatch(o -> o instanceof CrawlStep.PageOut);
            assertThat(out).filteredOn(o -> o instanceof CrawlStep.DeadLetterOut).singleElement()
                    .satisfies(o -> {
                        CrawlStep.DeadLetterOut d = (CrawlStep.DeadLetterOut) o;
                        assertThat(d.message()).containsIgnoringCase("pdf").contains("text/html");
                        assertThat(d.body()).isEqualTo(Files.readAllBytes(dir.resolve("input.html")));
                    });
        }
    }

    @Test
    void case28_shouldMergeRobotsGroupsForTheSameAgentAsRfc9309Says() throws Exception {
        Path dir = caseDir("28-robots-empty-disallow-in-second-group");
        JsonNode extra = extra(dir);
        String url = Files.readString(dir.resolve("url.txt")).trim();
        try (StaticSite web = serve(dir, url, Map.of("/robots.txt", "robots.txt"))) {
            HttpFetcher f = new HttpFetcher("newsflow-test", Duration.ofSeconds(5), 1 << 20, 5,
                    HostOverrides.parse(List.of(origin(url) + "=" + web.origin())));
            RobotsPolicy.Rules rules = new RobotsPolicy(f, "newsflow", Duration.ofHours(1), System::nanoTime).rulesFor(url);
            extra.get("robots_decisions").fields().forEachRemaining(e ->
                    assertThat(rules.allows(e.getKey())).as(e.getKey()).isEqualTo(e.getValue().asText().equals("allowed")));
            assertThat(rules.crawlDelayMs()).isEqualTo(extra.get("crawl_delay_seconds").asLong() * 1000);
            List<String> sitemaps = new ArrayList<>();
            extra.get("sitemaps").forEach(s -> sitemaps.add(s.asText()));
            assertThat(rules.sitemaps()).containsExactlyElementsOf(sitemaps);
        }
    }

    @Test
    void case29_shouldReadEverySitemapEntryWhenOneLastmodIsInvalid() throws Exception {
        Path dir = caseDir("29-sitemap-invalid-lastmod-must-not-abort");
        JsonNode extra = extra(dir);
        String url = Files.readString(dir.resolve("url.txt")).trim();
        List<SitemapReader.Entry> entries = new SitemapReader().read(url, "application/xml",
                Files.readAllBytes(dir.resolve("sitemap-news.xml"))).orElseThrow();
        assertThat(entries).hasSize(extra.get("sitemap_entries").size());
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = extra.get("sitemap_entries").get(i);
            assertThat(entries.get(i).url()).isEqualTo(e.get("loc").asText());
            JsonNode lastmod = e.get("lastmod");
            if (lastmod.isNull()) {
                assertThat(entries.get(i).lastModified()).as(e.get("loc").asText()).isNull();
            } else if (lastmod.asText().matches("\\d{4}-\\d\\d-\\d\\d(T.*)?")) {
                String iso = lastmod.asText();
                Instant want = iso.length() == 10 ? java.time.LocalDate.parse(iso).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                        : java.time.OffsetDateTime.parse(iso).toInstant();
                assertThat(entries.get(i).lastModified()).as(e.get("loc").asText()).isEqualTo(want);
            }
        }
    }
}
