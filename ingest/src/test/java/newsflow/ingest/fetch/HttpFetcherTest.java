package newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import newsflow.testkit.web.StaticSite;
import newsflow.testkit.web.StaticSite.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpFetcherTest {
    private static final String SITE = "https://news.example";
    @TempDir
    Path root;
    private StaticSite web;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        Files.writeString(root.resolve("a.html"), "<html><body><p>سلام</p></body></html>");
        web = StaticSite.serve(root);
        fetcher = new HttpFetcher("newsflow-test/1.0", Duration.ofSeconds(5), 1024, 3,
                HostOverrides.parse(List.of(SITE + "=" + web.origin())));
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void shouldKeepTheSitesOwnUrlWhenConnectingThroughAnOverride() throws Exception {
        FetchResult r = fetcher.fetch(SITE + "/a.html");
        assertThat(r.url()).isEqualTo(SITE + "/a.html");
        assertThat(r.finalUrl()).isEqualTo(SITE + "/a.html");
        assertThat(r.status()).isEqualTo(200);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("سلام");
        assertThat(web.requests()).extracting(StaticSite.Request::userAgent).containsOnly("newsflow-test/1.0");
    }

    @Test
    void shouldFollowRedirectsAndReportTheFinalUrl() throws Exception {
        web.override("/old", new Response(301, Map.of("Location", "/a.html"), new byte[0]));
        web.override("/abs", new Response(302, Map.of("Location", web.origin() + "/old"), new byte[0]));
        FetchResult r = fetcher.fetch(SITE + "/abs");
        assertThat(r.finalUrl()).isEqualTo(SITE + "/a.html");
        assertThat(r.redirects()).containsExactly(SITE + "/abs", SITE + "/old");
        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void shouldStopAfterMaxRedirects() {
        web.override("/loop", new Response(302, Map.of("Location", "/loop"), new byte[0]));
        assertThatThrownBy(() -> fetcher.fetch(SITE + "/loop")).isInstanceOf(FetchException.class)
                .hasMessageContaining("more than 3 redirects").hasMessageContaining(SITE + "/loop");
    }

    @Test
    void shouldUndoGzipAndDeflate() throws Exception {
        byte[] html = "<p>gzipped</p>".getBytes(StandardCharsets.UTF_8);
        web.override("/gz", new Response(200, Map.of("Content-Encoding", "gzip", "Content-Type", "text/html"), gzip(html)));
        web.override("/df", new Response(200, Map.of("Content-Encoding", "deflate", "Content-Type", "text/html"), deflate(html)));
        assertThat(fetcher.fetch(SITE + "/gz").body()).isEqualTo(html);
        assertThat(fetcher.fetch(SITE + "/df").body()).isEqualTo(html);
    }

    @Test
    void shouldCutTheBodyAtMaxBodyBytes() throws Exception {
        web.override("/big", new Response(200, Map.of("Content-Type", "text/html"), new byte[5000]));
        FetchResult r = fetcher.fetch(SITE + "/big");
        assertThat(r.body()).hasSize(1024);
        assertThat(r.truncated()).isTrue();
    }

    @Test
    void shouldReturnErrorStatusesAsResponses() throws Exception {
        assertThat(fetcher.fetch(SITE + "/missing.html").status()).isEqualTo(404);
    }

    @Test
    void shouldFailWithTheUrlWhenTheConnectionIsRefused() {
        web.close();
        assertThatThrownBy(() -> fetcher.fetch(SITE + "/a.html")).isInstanceOf(FetchException.class)
                .hasMessageContaining(SITE + "/a.html");
    }

    @Test
    void shouldCutOffABodyThatTricklesPastTheDeadline() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (java.net.Socket s = server.accept()) {
                    s.getInputStream().read(new byte[4096]);
                    s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
                            + "<html><body><p>first bytes").getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                    release.await(); // the rest never comes while the fetch waits
                } catch (Exception ignored) {
                    // the client hung up
                }
            });
            t.setDaemon(true);
            t.start();
            HttpFetcher slow = new HttpFetcher("newsflow-test", Duration.ofMillis(700), 1 << 20, 3,
                    HostOverrides.parse(List.of("https://slow.example=http://127.0.0.1:" + server.getLocalPort())));
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> slow.fetch("https://slow.example/a.html")).isInstanceOf(FetchException.class)
                    .hasMessageContaining("deadline");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
        } finally {
            release.countDown();
        }
    }

    @Test
    void shouldRefuseHostsOnPrivateNetworksUnlessAllowed() {
        HttpFetcher strict = new HttpFetcher("newsflow-test", Duration.ofSeconds(2), 1024, 3, HostOverrides.NONE, false);
        assertThatThrownBy(() -> strict.fetch(web.origin() + "/a.html")).isInstanceOfSatisfying(FetchException.class,
                e -> assertThat(e.isRefused()).isTrue()).hasMessageContaining("private address");
    }

    @Test
    void shouldAskTheHopPolicyBeforeFollowingARedirect() {
        web.override("/go", new Response(302, Map.of("Location", "/private/x.html"), new byte[0]));
        assertThatThrownBy(() -> fetcher.fetch(SITE + "/go", hop -> hop.contains("/private/") ? "robots.txt disallows it" : null))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.isRefused()).isTrue())
                .hasMessageContaining(SITE + "/private/x.html");
        assertThat(web.requests()).extracting(StaticSite.Request::path).containsExactly("/go");
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out)) {
            d.write(b);
        }
        return out.toByteArray();
    }
}
