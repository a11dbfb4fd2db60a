package newsflow.ingest.robots;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import newsflow.ingest.fetch.HostOverrides;
import newsflow.ingest.fetch.HttpFetcher;
import newsflow.testkit.web.StaticSite;
import newsflow.testkit.web.StaticSite.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobotsPolicyTest {
    private static final String SITE = "https://news.example";
    @TempDir
    Path root;
    private StaticSite web;
    private final AtomicLong now = new AtomicLong();
    private RobotsPolicy robots;

    @BeforeEach
    void start() {
        web = StaticSite.serve(root);
        HttpFetcher f = new HttpFetcher("newsflow/0.1", Duration.ofSeconds(5), 512 * 1024, 5,
                HostOverrides.parse(List.of(SITE + "=" + web.origin())));
        robots = new RobotsPolicy(f, "newsflow", Duration.ofHours(24), now::get);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private void robotsTxt(int status, String body) {
        web.override("/robots.txt", new Response(status, Map.of("Content-Type", "text/plain"),
                body.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @CsvSource({
        "/private/drafts.html, false",
        "/private/, false",
        "/news/a.html, true",
        "/, true",
        "/newsflow-only/x, false",
    })
    void shouldApplyTheGroupForNewsflowsProductToken(String path, boolean allowed) throws Exception {
        robotsTxt(200, "User-agent: *\nDisallow: /private/\n\nUser-agent: newsflow\nDisallow: /private/\n"
                + "Disallow: /newsflow-only/\nCrawl-delay: 2\n\nSitemap: https://news.example/sitemap.xml\n");
        RobotsPolicy.Rules r = robots.rulesFor(SITE + path);
        assertThat(r.allows(SITE + path)).isEqualTo(allowed);
        assertThat(r.crawlDelayMs()).isEqualTo(2000);
        assertThat(r.sitemaps()).containsExactly("https://news.example/sitemap.xml");
    }

    @ParameterizedTest
    @CsvSource({"404, true", "403, true", "410, true", "500, false", "503, false"})
    void shouldAllowAllOn4xxAndDisallowAllOn5xx(int status, boolean allowed) throws Exception {
        robotsTxt(status, "User-agent: *\nDisallow: /\n");
        assertThat(robots.rulesFor(SITE + "/a.html").allows(SITE + "/a.html")).isEqualTo(allowed);
    }

    @Test
    void shouldDisallowAllWhenRobotsTxtIsUnreachable() throws Exception {
        web.close();
        assertThat(robots.rulesFor(SITE + "/a.html").allows(SITE + "/a.html")).isFalse();
    }

    @Test
    void shouldFetchRobotsTxtOncePerOriginUntilItExpires() throws Exception {
        robotsTxt(200, "User-agent: *\nDisallow: /x\n");
        robots.rulesFor(SITE + "/a");
        robots.rulesFor(SITE + "/b");
        assertThat(robots.isCached(SITE + "/c")).isTrue();
        assertThat(web.requests()).hasSize(1);
        now.addAndGet(Duration.ofHours(25).toNanos());
        assertThat(robots.isCached(SITE + "/c")).isFalse();
        robots.rulesFor(SITE + "/c");
        assertThat(web.requests()).hasSize(2);
    }

    @Test
    void shouldRetryAnUnreachableRobotsTxtSoonerThanTheTtl() throws Exception {
        robotsTxt(503, "");
        robots.rulesFor(SITE + "/a");
        now.addAndGet(RobotsPolicy.UNREACHABLE_TTL.toNanos() + 1);
        robotsTxt(200, "User-agent: *\nAllow: /\n");
        assertThat(robots.rulesFor(SITE + "/a").allows(SITE + "/a")).isTrue();
    }
}
