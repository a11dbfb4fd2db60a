package newsflow.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import newsflow.core.decode.HttpHead;

/**
 * Fetches one URL with the JDK {@link HttpClient}: {@code GET} with newsflow's User-Agent, redirects
 * followed here (at most {@code maxRedirects}, each hop resolved against the last), the body read up
 * to {@code maxBodyBytes} (the rest is dropped and the result marked truncated), {@code gzip} and
 * {@code deflate} content-encodings undone (the JDK client does neither). Connections go through
 * {@link HostOverrides}; URLs in results are always the site's own. Thread-safe.
 */
public final class HttpFetcher {
    private final HttpClient client;
    private final String userAgent;
    private final Duration timeout;
    private final int maxBodyBytes;
    private final int maxRedirects;
    private final HostOverrides overrides;

    /**
     * @param userAgent the User-Agent header, also the robots.txt product token's source
     * @param timeout connect and whole-response timeout
     * @param maxBodyBytes bytes of body kept at most, after decompression
     * @param maxRedirects redirects followed at most
     * @param overrides origins to connect elsewhere ({@link HostOverrides#NONE} in production)
     */
    public HttpFetcher(String userAgent, Duration timeout, int maxBodyBytes, int maxRedirects, HostOverrides overrides) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.userAgent = userAgent;
        this.timeout = timeout;
        this.maxBodyBytes = maxBodyBytes;
        this.maxRedirects = maxRedirects;
        this.overrides = overrides;
    }

    /**
     * @param url an absolute http(s) URL
     * @return the final response, whatever its status (4xx and 5xx included)
     * @throws FetchException on connection failure, timeout, a malformed URL or Location, or too many redirects
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    public FetchResult fetch(String url) throws FetchException, InterruptedException {
        String current = url;
        List<String> hops = new ArrayList<>();
        for (int i = 0; ; i++) {
            HttpResponse<InputStream> r = send(current);
            int status = r.statusCode();
            var location = r.headers().firstValue("Location");
            if (status >= 300 && status < 400 && status != 304 && location.isPresent()) {
                close(r);
                if (i >= maxRedirects) {
                    throw new FetchException(url, "more than " + maxRedirects + " redirects", null);
                }
                hops.add(current);
                try {
                    current = overrides.siteUrl(URI.create(current).resolve(location.get().trim()).toString());
                } catch (IllegalArgumentException e) {
                    throw new FetchException(url, "bad Location '" + location.get() + "'", e);
                }
                continue;
            }
            Body body = read(r, current);
            return new FetchResult(url, current, new HttpHead(status, headers(r)), body.bytes, body.truncated,
                    Instant.now(), hops);
        }
    }

    private HttpResponse<InputStream> send(String url) throws FetchException, InterruptedException {
        HttpRequest req;
        try {
            req = HttpRequest.newBuilder(URI.create(overrides.connectUrl(url)))
                    .timeout(timeout)
                    .header("User-Agent", userAgent)
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                    .header("Accept-Encoding", "gzip, deflate")
                    .GET().build();
        } catch (IllegalArgumentException e) {
            throw new FetchException(url, "not a fetchable URL", e);
        }
        try {
            return client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new FetchException(url, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private record Body(byte[] bytes, boolean truncated) {
    }

    private Body read(HttpResponse<InputStream> r, String url) throws FetchException {
        String encoding = r.headers().firstValue("Content-Encoding").orElse("identity").trim().toLowerCase(Locale.ROOT);
        try (InputStream raw = r.body(); InputStream in = decoded(raw, encoding)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            int n;
            while ((n = in.read(buf)) > 0) {
                int room = maxBodyBytes - out.size();
                if (n > room) {
                    out.write(buf, 0, room);
                    return new Body(out.toByteArray(), true);
                }
                out.write(buf, 0, n);
            }
            return new Body(out.toByteArray(), false);
        } catch (IOException e) {
            throw new FetchException(url, "reading the body (Content-Encoding " + encoding + "): " + e.getMessage(), e);
        }
    }

    private static InputStream decoded(InputStream raw, String encoding) throws IOException {
        switch (encoding) {
            case "gzip", "x-gzip":
                return new GZIPInputStream(raw);
            case "deflate":
                // RFC 9110 says zlib-wrapped; some servers send raw deflate. Peek at the zlib header.
                var in = new java.io.BufferedInputStream(raw);
                in.mark(2);
                int b0 = in.read();
                int b1 = in.read();
                in.reset();
                boolean zlib = b0 >= 0 && b1 >= 0 && (b0 & 0x0f) == 8 && ((b0 << 8) | b1) % 31 == 0;
                return new InflaterInputStream(in, new Inflater(!zlib));
            default:
                return raw;
        }
    }

    private static Map<String, List<String>> headers(HttpResponse<?> r) {
        Map<String, List<String>> m = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        r.headers().map().forEach((k, v) -> {
            if (!k.startsWith(":")) {
                m.put(k, v);
            }
        });
        return m;
    }

    private static void close(HttpResponse<InputStream> r) {
        try {
            r.body().close();
        } catch (IOException ignored) {
            // the redirect's body is not needed
        }
    }
}
