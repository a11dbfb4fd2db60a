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
 * followed here (at most {@code maxRedirects}, each hop resolved against the last and checked by a
 * {@link HopPolicy} — robots.txt and politeness — before it is fetched), the body read up to
 * {@code maxBodyBytes} (the rest is dropped and the result marked truncated), {@code gzip} and
 * {@code deflate} content-encodings undone (the JDK client does neither). The whole exchange, every
 * hop and every body byte, has one deadline: {@code timeout} after the call; a server that trickles
 * its body is cut off there. Connections go through {@link HostOverrides}; URLs in results are always
 * the site's own.
 *
 * <p>Unless {@code allowPrivateAddresses}, a hop whose host resolves to a loopback, private, link-local,
 * unique-local or wildcard address is refused (a public page redirecting the crawler to
 * {@code 169.254.169.254} or an intranet host). Override targets are trusted: the operator named them. The
 * check resolves the host before the client does, so a DNS answer that changes between the two
 * (rebinding) is not caught; run crawlers where private networks are not reachable when that matters.
 * Thread-safe.
 */
public final class HttpFetcher {
    private static final java.util.concurrent.ScheduledExecutorService DEADLINES =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "fetch-deadlines");
                t.setDaemon(true);
                return t;
            });

    private final HttpClient client;
    private final String userAgent;
    private final Duration timeout;
    private final int maxBodyBytes;
    private final int maxRedirects;
    private final HostOverrides overrides;
    private final boolean allowPrivateAddresses;

    /**
     * @param userAgent the User-Agent header, also the robots.txt product token's source
     * @param timeout connect and whole-response timeout
     * @param maxBodyBytes bytes of body kept at most, after decompression
     * @param maxRedirects redirects followed at most
     * @param overrides origins to connect elsewhere ({@link HostOverrides#NONE} in production)
     */
    public HttpFetcher(String userAgent, Duration timeout, int maxBodyBytes, int maxRedirects, HostOverrides overrides) {
        this(userAgent, timeout, maxBodyBytes, maxRedirects, overrides, false);
    }

    /**
     * @param userAgent the User-Agent header
     * @param timeout deadline of the whole exchange: connect, redirects, headers and body
     * @param maxBodyBytes bytes of body kept at most, after decompression
     * @param maxRedirects redirects followed at most
     * @param overrides origins to connect elsewhere ({@link HostOverrides#NONE} in production)
     * @param allowPrivateAddresses whether hosts on loopback and private networks may be fetched
     */
    public HttpFetcher(String userAgent, Duration timeout, int maxBodyBytes, int maxRedirects, HostOverrides overrides,
            boolean allowPrivateAddresses) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.userAgent = userAgent;
        this.timeout = timeout;
        this.maxBodyBytes = maxBodyBytes;
        this.maxRedirects = maxRedirects;
        this.overrides = overrides;
        this.allowPrivateAddresses = allowPrivateAddresses;
    }

    /** {@link #fetch(String, HopPolicy)} following every redirect at once. */
    public FetchResult fetch(String url) throws FetchException, InterruptedException {
        return fetch(url, HopPolicy.ANY);
    }

    /**
     * @param url an absolute http(s) URL
     * @param hops decides on each redirect target before it is fetched
     * @return the final response, whatever its status (4xx and 5xx included)
     * @throws FetchException on connection failure, the deadline, a malformed URL or Location, too many
     *     redirects ({@link FetchException#isRefused()} false), or a hop refused by {@code hops} or by the
     *     private-address rule (true)
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    public FetchResult fetch(String url, HopPolicy hops) throws FetchException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String current = url;
        List<String> hopsSoFar = new ArrayList<>();
        for (int i = 0; ; i++) {
            refusePrivate(current);
            HttpResponse<InputStream> r = send(current, deadline);
            int status = r.statusCode();
            var location = r.headers().firstValue("Location");
            if (status >= 300 && status < 400 && status != 304 && location.isPresent()) {
                close(r);
                if (i >= maxRedirects) {
                    throw new FetchException(url, "more than " + maxRedirects + " redirects", null);
                }
                hopsSoFar.add(current);
                try {
                    current = overrides.siteUrl(URI.create(current).resolve(location.get().trim()).toString());
                } catch (IllegalArgumentException e) {
                    throw new FetchException(url, "bad Location '" + location.get() + "'", e);
                }
                String refusal = hops.check(current);
                if (refusal != null) {
                    throw new FetchException(url, "redirect to " + current + " refused: " + refusal, null, true);
                }
                continue;
            }
            Body body = read(r, current, deadline);
            return new FetchResult(url, current, new HttpHead(status, headers(r)), body.bytes, body.truncated,
                    Instant.now(), hopsSoFar);
        }
    }

    private void refusePrivate(String url) throws FetchException {
        if (allowPrivateAddresses || !overrides.connectUrl(url).equals(url)) {
            return;
        }
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            throw new FetchException(url, "not a fetchable URL", e);
        }
        if (host == null) {
            throw new FetchException(url, "no host", null);
        }
        try {
            for (java.net.InetAddress a : java.net.InetAddress.getAllByName(host)) {
                if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                        || a.isMulticastAddress() || (a instanceof java.net.Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc)) {
                    throw new FetchException(url, "host " + host + " resolves to the private address "
                            + a.getHostAddress(), null, true);
                }
            }
        } catch (java.net.UnknownHostException e) {
            throw new FetchException(url, "unknown host " + host, e);
        }
    }

    private HttpResponse<InputStream> send(String url, long deadline) throws FetchException, InterruptedException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new FetchException(url, "deadline of " + timeout.toMillis() + " ms passed", null);
        }
        HttpRequest req;
        try {
            req = HttpRequest.newBuilder(URI.create(overrides.connectUrl(url)))
                    .timeout(Duration.ofNanos(left))
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

    private Body read(HttpResponse<InputStream> r, String url, long deadline) throws FetchException {
        String encoding = r.headers().firstValue("Content-Encoding").orElse("identity").trim().toLowerCase(Locale.ROOT);
        java.util.concurrent.atomic.AtomicBoolean late = new java.util.concurrent.atomic.AtomicBoolean();
        var cutOff = DEADLINES.schedule(() -> {
            late.set(true);
            close(r);
        }, Math.max(0, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
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
            if (late.get()) {
                throw new IOException("deadline of " + timeout.toMillis() + " ms passed while reading the body");
            }
            return new Body(out.toByteArray(), false);
        } catch (IOException e) {
            String why = late.get() ? "deadline of " + timeout.toMillis() + " ms passed while reading the body"
                    : "reading the body (Content-Encoding " + encoding + "): " + e.getMessage();
            throw new FetchException(url, why, e);
        } finally {
            cutOff.cancel(false);
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
