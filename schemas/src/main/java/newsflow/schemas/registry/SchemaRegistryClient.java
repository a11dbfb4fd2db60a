package newsflow.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.avro.Schema;
import org.apache.avro.AvroRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client for the Confluent Schema Registry REST API (v1 media type), for Avro schemas.
 *
 * <p>Works with any Confluent-compatible registry: Confluent's own, Apicurio's {@code /apis/ccompat/v7},
 * Karapace, Redpanda. Subjects are URL-encoded in paths. Ids by (subject, schema) and schemas by id are
 * kept in bounded LRU caches ({@link RegistryClientConfig#cacheCapacity()} entries each): ids never
 * change once assigned. Requests that fail with a 5xx status or an I/O error are retried
 * {@link RegistryClientConfig#maxRetries()} times with exponential backoff and jitter; 4xx answers are
 * not retried. Thread-safe.
 *
 * <p>Every failure is a {@link SchemaRegistryException} carrying the method, URL, HTTP status and the
 * registry's {@code error_code}.
 */
public final class SchemaRegistryClient {
    private static final Logger log = LoggerFactory.getLogger(SchemaRegistryClient.class);
    /** The registry API's media type (Confluent API v1). */
    public static final String MEDIA_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistryClientConfig config;
    private final HttpClient http;
    private final BoundedCache<SubjectSchema, Integer> idsBySchema;
    private final BoundedCache<Integer, Schema> schemasById;

    private record SubjectSchema(String subject, Schema schema) {
    }

    /** @param config where the registry is and how to talk to it */
    public SchemaRegistryClient(RegistryClientConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.idsBySchema = new BoundedCache<>(config.cacheCapacity());
        this.schemasById = new BoundedCache<>(config.cacheCapacity());
    }

    /** @return the settings this client was built with */
    public RegistryClientConfig config() {
        return config;
    }

    /**
     * Registers a schema under a subject ({@code POST /subjects/{subject}/versions}); idempotent: an
     * already registered schema returns its existing id. Cached.
     *
     * @return the schema id
     * @throws SchemaRegistryException 409 when the subject's compatibility rejects the schema, 422 when
     *     the registry finds the schema invalid, or any other failure
     */
    public int register(String subject, Schema schema) {
        return idsBySchema.get(new SubjectSchema(subject, schema), key -> {
            ObjectNode body = schemaBody(schema);
            JsonNode answer = send("POST", "/subjects/" + encode(subject) + "/versions", body);
            int id = requiredInt(answer, "id", "POST", "/subjects/" + subject + "/versions");
            schemasById.put(id, schema);
            log.debug("registered subject={} id={}", subject, id);
            return id;
        });
    }

    /**
     * Looks a schema up under a subject ({@code POST /subjects/{subject}}).
     *
     * @return the registered schema with its id and version, or empty when the subject does not exist
     *     or does not hold this schema (404 with error_code 40401 or 40403)
     * @throws SchemaRegistryException on any other failure
     */
    public Optional<RegisteredSchema> lookup(String subject, Schema schema) {
        JsonNode answer;
        try {
            answer = send("POST", "/subjects/" + encode(subject), schemaBody(schema));
        } catch (SchemaRegistryException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
        String path = "/subjects/" + subject;
        int id = requiredInt(answer, "id", "POST", path);
        int version = requiredInt(answer, "version", "POST", path);
        idsBySchema.put(new SubjectSchema(subject, schema), id);
        schemasById.put(id, schema);
        return Optional.of(new RegisteredSchema(subject, id, version, schema));
    }

    /**
     * Fetches a schema by its id ({@code GET /schemas/ids/{id}}). Cached.
     *
     * @return the parsed Avro schema
     * @throws SchemaRegistryException 404 (error_code 40403) for an unknown id; also when the schema is
     *     not Avro or does not parse
     */
    public Schema getById(int id) {
        return schemasById.get(id, key -> {
            String path = "/schemas/ids/" + key;
            JsonNode answer = send("GET", path, null);
            String type = answer.path("schemaType").asText("AVRO");
            if (!type.equals("AVRO")) {
                throw new SchemaRegistryException(200, SchemaRegistryException.NO_STATUS, "GET", url(path),
                        "schema id " + key + " is " + type + ", not AVRO", null);
            }
            String text = answer.path("schema").asText(null);
            if (text == null) {
                throw new SchemaRegistryException(200, SchemaRegistryException.NO_STATUS, "GET", url(path),
                        "answer has no 'schema' field", null);
            }
            try {
                return new Schema.Parser().parse(text);
            } catch (AvroRuntimeException e) {
                throw new SchemaRegistryException(200, SchemaRegistryException.NO_STATUS, "GET", url(path),
                        "schema id " + key + " does not parse as Avro: " + e.getMessage(), e);
            }
        });
    }

    /**
     * @return the versions registered under the subject ({@code GET /subjects/{subject}/versions})
     * @throws SchemaRegistryException 404 (error_code 40401) when the subject does not exist
     */
    public List<Integer> versions(String subject) {
        JsonNode answer = send("GET", "/subjects/" + encode(subject) + "/versions", null);
        List<Integer> out = new ArrayList<>();
        answer.forEach(n -> out.add(n.asInt()));
        return out;
    }

    /** @return whether the subject has at least one version */
    public boolean subjectExists(String subject) {
        try {
            return !versions(subject).isEmpty();
        } catch (SchemaRegistryException e) {
            if (e.isNotFound()) {
                return false;
            }
            throw e;
        }
    }

    /** @return all subject names ({@code GET /subjects}) */
    public List<String> subjects() {
        JsonNode answer = send("GET", "/subjects", null);
        List<String> out = new ArrayList<>();
        answer.forEach(n -> out.add(n.asText()));
        return out;
    }

    /**
     * Tests a schema against the latest version of a subject under the subject's compatibility level
     * ({@code POST /compatibility/subjects/{subject}/versions/latest?verbose=true}).
     *
     * @throws SchemaRegistryException 404 (40401 or 40402) when the subject has no version yet
     */
    public CompatibilityResult testCompatibility(String subject, Schema schema) {
        JsonNode answer = send("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest?verbose=true",
                schemaBody(schema));
        List<String> messages = new ArrayList<>();
        answer.path("messages").forEach(n -> messages.add(n.asText()));
        if (answer.hasNonNull("reason")) {
            messages.add(answer.get("reason").asText());
        }
        return new CompatibilityResult(answer.path("is_compatible").asBoolean(false), messages);
    }

    /** @return the registry-wide compatibility level ({@code GET /config}) */
    public Compatibility globalCompatibility() {
        return Compatibility.parse(send("GET", "/config", null).path("compatibilityLevel").asText());
    }

    /**
     * @return the subject's own compatibility level ({@code GET /config/{subject}}), or empty when the
     *     subject has none set (404)
     */
    public Optional<Compatibility> subjectCompatibility(String subject) {
        try {
            JsonNode answer = send("GET", "/config/" + encode(subject), null);
            return Optional.of(Compatibility.parse(answer.path("compatibilityLevel").asText()));
        } catch (SchemaRegistryException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Sets the registry-wide compatibility level ({@code PUT /config}). */
    public void setGlobalCompatibility(Compatibility level) {
        send("PUT", "/config", JSON.createObjectNode().put("compatibility", level.name()));
    }

    /** Sets a subject's compatibility level ({@code PUT /config/{subject}}). */
    public void setSubjectCompatibility(String subject, Compatibility level) {
        send("PUT", "/config/" + encode(subject), JSON.createObjectNode().put("compatibility", level.name()));
    }

    private static ObjectNode schemaBody(Schema schema) {
        return JSON.createObjectNode().put("schema", schema.toString());
    }

    private static String encode(String subject) {
        if (subject == null || subject.isEmpty()) {
            throw new IllegalArgumentException("subject must not be empty");
        }
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String url(String path) {
        return config.baseUrl() + path;
    }

    private static int requiredInt(JsonNode answer, String field, String method, String path) {
        JsonNode n = answer.get(field);
        if (n == null || !n.canConvertToInt()) {
            throw new SchemaRegistryException(200, SchemaRegistryException.NO_STATUS, method, path,
                    "answer has no integer '" + field + "': " + abbreviate(answer.toString()), null);
        }
        return n.asInt();
    }

    /** Sends one request with retries; returns the parsed JSON answer of a 2xx response. */
    private JsonNode send(String method, String path, JsonNode body) {
        String url = url(path);
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(url))
                .timeout(config.requestTimeout())
                .header("Accept", MEDIA_TYPE + ", application/json");
        if (body != null) {
            rb.header("Content-Type", MEDIA_TYPE);
            rb.method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        } else {
            rb.method(method, HttpRequest.BodyPublishers.noBody());
        }
        config.authorization().ifPresent(a -> rb.header("Authorization", a));
        HttpRequest request = rb.build();

        SchemaRegistryException last = null;
        for (int attempt = 0; attempt <= config.maxRetries(); attempt++) {
            if (attempt > 0) {
                backoff(attempt, method, url, last);
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() / 100 == 2) {
                    return parse(response.body(), method, url, response.statusCode());
                }
                last = errorOf(response, method, url);
            } catch (IOException e) {
                last = new SchemaRegistryException(SchemaRegistryException.NO_STATUS, SchemaRegistryException.NO_STATUS,
                        method, url, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryException(SchemaRegistryException.NO_STATUS, SchemaRegistryException.NO_STATUS,
                        method, url, "interrupted", e);
            }
            if (!last.isRetriable()) {
                throw last;
            }
            log.debug("schema registry request failed, attempt={} method={} url={} status={}",
                    attempt + 1, method, url, last.status());
        }
        throw last;
    }

    private void backoff(int attempt, String method, String url, SchemaRegistryException cause) {
        long first = config.retryBackoff().toMillis();
        long max = config.maxRetryBackoff().toMillis();
        long exp = Math.min(max, first << Math.min(attempt - 1, 20));
        long jittered = (long) (exp * (0.5 + ThreadLocalRandom.current().nextDouble() * 0.5));
        try {
            Thread.sleep(Math.max(1, jittered));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException(SchemaRegistryException.NO_STATUS, SchemaRegistryException.NO_STATUS,
                    method, url, "interrupted while backing off after: " + cause.getMessage(), e);
        }
    }

    private static JsonNode parse(String body, String method, String url, int status) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new SchemaRegistryException(status, SchemaRegistryException.NO_STATUS, method, url,
                    "answer is not JSON: " + abbreviate(body), e);
        }
    }

    private static SchemaRegistryException errorOf(HttpResponse<String> response, String method, String url) {
        String body = response.body() == null ? "" : response.body();
        int errorCode = SchemaRegistryException.NO_STATUS;
        String message = abbreviate(body);
        try {
            JsonNode json = JSON.readTree(body);
            if (json != null && json.isObject()) {
                if (json.path("error_code").canConvertToInt()) {
                    errorCode = json.get("error_code").asInt();
                }
                if (json.hasNonNull("message")) {
                    message = abbreviate(json.get("message").asText());
                }
            }
        } catch (IOException ignored) {
            // not JSON: keep the raw body as the message
        }
        return new SchemaRegistryException(response.statusCode(), errorCode, method, url, message, null);
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
