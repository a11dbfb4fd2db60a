package newsflow.testkit.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local web site for demos and tests: serves a folder over HTTP/1.1 on 127.0.0.1 (an ephemeral
 * port), with a Content-Type by file extension ({@code .html} as UTF-8 HTML, {@code .xml}, {@code .txt}),
 * 404 for anything else, and a log of every request it answered ({@link #requests()}), so a test can
 * assert what a crawler fetched and what it never fetched.
 *
 * <p>Responses can be overridden per path ({@link #override}) to serve broken pages: wrong charsets,
 * binary bodies labelled HTML, error statuses, redirects.
 */
public final class StaticSite implements AutoCloseable {
    /**
     * One answered request.
     *
     * @param method HTTP method
     * @param path the request path with its query, as sent
     * @param status the status answered
     * @param userAgent the User-Agent header, or null
     */
    public record Request(String method, String path, int status, String userAgent) {
    }

    /**
     * A canned response.
     *
     * @param status HTTP status
     * @param headers response headers (single values)
     * @param body body bytes
     */
    public record Response(int status, Map<String, String> headers, byte[] body) {
        public Response {
            headers = Map.copyOf(headers);
        }
    }

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "htm", "text/html; charset=utf-8",
            "xml", "application/xml", "txt", "text/plain; charset=utf-8", "json", "application/json");

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Response> overrides = new ConcurrentHashMap<>();

    private StaticSite(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "static-site");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /**
     * @param root the folder to serve; {@code /a/b.html} is {@code root/a/b.html}, {@code /} is {@code root/index.html}
     * @return the started server
     * @throws UncheckedIOException when no port can be bound
     */
    public static StaticSite serve(Path root) {
        try {
            StaticSite s = new StaticSite(root);
            s.server.start();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the local site for " + root, e);
        }
    }

    /** @return {@code http://127.0.0.1:port} (no trailing slash) */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Serves {@code response} for {@code path} instead of the file (or the 404).
     *
     * @param path the request path, e.g. {@code /news/broken.html}
     * @param response what to answer
     */
    public void override(String path, Response response) {
        overrides.put(path, response);
    }

    /** @return every request answered so far, in order */
    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    private void handle(HttpExchange ex) throws IOException {
        String raw = ex.getRequestURI().getRawPath();
        String query = ex.getRequestURI().getRawQuery();
        String logged = query == null ? raw : raw + "?" + query;
        Response r = overrides.get(raw);
        if (r == null) {
            r = file(raw);
        }
        // logged before answering, so a client that has its response always finds its request in the log
        requests.add(new Request(ex.getRequestMethod(), logged, r.status(), ex.getRequestHeaders().getFirst("User-Agent")));
        try (ex) {
            r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            boolean head = "HEAD".equals(ex.getRequestMethod());
            ex.sendResponseHeaders(r.status(), head || r.body().length == 0 ? -1 : r.body().length);
            if (!head) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(r.body());
                }
            }
        }
    }

    private Response file(String rawPath) throws IOException {
        String path = URI.create(rawPath).getPath();
        if (path.endsWith("/")) {
            path += "index.html";
        }
        Path f = root.resolve(path.substring(1)).normalize();
        if (!f.startsWith(root) || !Files.isRegularFile(f)) {
            return new Response(404, Map.of("Content-Type", "text/html; charset=utf-8"),
                    "<html><body><h1>Not found</h1></body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String name = f.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return new Response(200, Map.of("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream")),
                Files.readAllBytes(f));
    }

    /** Stops the server at once. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
