package newsflow.schemas.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;

/**
 * A small in-memory implementation of the Confluent Schema Registry API on 127.0.0.1, for unit tests
 * that need fixed, predictable schema ids (the first schema gets {@code firstId}). It checks no
 * compatibility; the integration tests run against a real registry for that.
 */
public final class LocalRegistry implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VERSIONS = Pattern.compile("/subjects/([^/]+)/versions");
    private static final Pattern SUBJECT = Pattern.compile("/subjects/([^/]+)");
    private static final Pattern ID = Pattern.compile("/schemas/ids/(\\d+)");
    private static final Pattern CONFIG = Pattern.compile("/config/([^/]+)");

    private final HttpServer server;
    private final Map<Integer, Schema> byId = new LinkedHashMap<>();
    private final Map<String, List<Integer>> subjects = new LinkedHashMap<>();
    private final Map<String, String> configs = new LinkedHashMap<>();
    private int nextId;

    /** @param firstId the id given to the first registered schema */
    public LocalRegistry(int firstId) {
        this.nextId = firstId;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public SchemaRegistryClient client() {
        return new SchemaRegistryClient(RegistryClientConfig.builder(url()).maxRetries(0).build());
    }

    public synchronized List<String> subjects() {
        return new ArrayList<>(subjects.keySet());
    }

    public synchronized String compatibility(String subject) {
        return configs.get(subject);
    }

    private synchronized void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        String method = ex.getRequestMethod();
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Matcher m;
        if (method.equals("GET") && path.equals("/subjects")) {
            reply(ex, 200, JSON.writeValueAsString(subjects.keySet()));
        } else if ((m = VERSIONS.matcher(path)).matches()) {
            String subject = decode(m.group(1));
            if (method.equals("POST")) {
                Schema schema = new Schema.Parser().parse(JSON.readTree(body).get("schema").asText());
                Integer id = idOf(schema);
                if (id == null) {
                    id = nextId++;
                    byId.put(id, schema);
                }
                List<Integer> ids = subjects.computeIfAbsent(subject, s -> new ArrayList<>());
                if (!ids.contains(id)) {
                    ids.add(id);
                }
                reply(ex, 200, "{\"id\":" + id + "}");
            } else if (subjects.containsKey(subject)) {
                List<Integer> versions = new ArrayList<>();
                for (int v = 1; v <= subjects.get(subject).size(); v++) {
                    versions.add(v);
                }
                reply(ex, 200, JSON.writeValueAsString(versions));
            } else {
                reply(ex, 404, "{\"error_code\":40401,\"message\":\"Subject not found\"}");
            }
        } else if ((m = SUBJECT.matcher(path)).matches() && method.equals("POST")) {
            String subject = decode(m.group(1));
            Schema schema = new Schema.Parser().parse(JSON.readTree(body).get("schema").asText());
            Integer id = idOf(schema);
            if (!subjects.containsKey(subject)) {
                reply(ex, 404, "{\"error_code\":40401,\"message\":\"Subject not found\"}");
            } else if (id == null || !subjects.get(subject).contains(id)) {
                reply(ex, 404, "{\"error_code\":40403,\"message\":\"Schema not found\"}");
            } else {
                reply(ex, 200, "{\"subject\":" + JSON.writeValueAsString(subject) + ",\"id\":" + id
                        + ",\"version\":" + (subjects.get(subject).indexOf(id) + 1) + "}");
            }
        } else if ((m = ID.matcher(path)).matches()) {
            Schema s = byId.get(Integer.parseInt(m.group(1)));
            if (s == null) {
                reply(ex, 404, "{\"error_code\":40403,\"message\":\"Schema not found\"}");
            } else {
                reply(ex, 200, JSON.createObjectNode().put("schema", s.toString()).toString());
            }
        } else if ((m = CONFIG.matcher(path)).matches()) {
            String subject = decode(m.group(1));
            if (method.equals("PUT")) {
                configs.put(subject, JSON.readTree(body).get("compatibility").asText());
                reply(ex, 200, body);
            } else if (configs.containsKey(subject)) {
                reply(ex, 200, "{\"compatibilityLevel\":\"" + configs.get(subject) + "\"}");
            } else {
                reply(ex, 404, "{\"error_code\":40401,\"message\":\"Subject not found\"}");
            }
        } else {
            reply(ex, 404, "{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}");
        }
    }

    private Integer idOf(Schema schema) {
        for (Map.Entry<Integer, Schema> e : byId.entrySet()) {
            if (e.getValue().equals(schema)) {
                return e.getKey();
            }
        }
        return null;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] out = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
        ex.sendResponseHeaders(status, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
