package newsflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaRegistryClientTest {
    private static final Schema STRING = Schema.create(Schema.Type.STRING);

    private static SchemaRegistryClient client(String url, int retries) {
        return new SchemaRegistryClient(RegistryClientConfig.builder(url)
                .maxRetries(retries)
                .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(5))
                .requestTimeout(Duration.ofSeconds(5))
                .build());
    }

    @Test
    void shouldRetryOn5xxAndSucceedWhenTheRegistryRecovers() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer()
                .answer(503, "{\"error_code\":50003,\"message\":\"unavailable\"}")
                .answer(500, "not json at all")
                .answer(200, "{\"id\":7}")) {
            assertThat(client(server.url(), 3).register("t-value", STRING)).isEqualTo(7);
            assertThat(server.requests).hasSize(3);
        }
    }

    @Test
    void shouldGiveUpAfterMaxRetriesWithTheLastStatusAndErrorCode() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer().answer(503, "{\"error_code\":50003,\"message\":\"down\"}")) {
            assertThatThrownBy(() -> client(server.url(), 2).register("t-value", STRING))
                    .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.errorCode()).isEqualTo(50003);
                        assertThat(e.isRetriable()).isTrue();
                        assertThat(e.getMessage()).contains("POST", "/subjects/t-value/versions", "down");
                    });
            assertThat(server.requests).hasSize(3);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "404, 40401, true, false",
        "404, 40403, true, false",
        "409, 409, false, true",
        "422, 42201, false, false",
    })
    void shouldNotRetry4xxAndShouldCarryStatusAndErrorCode(int status, int code, boolean notFound, boolean incompatible)
            throws Exception {
        try (LocalHttpServer server = new LocalHttpServer()
                .answer(status, "{\"error_code\":" + code + ",\"message\":\"refused\"}")) {
            assertThatThrownBy(() -> client(server.url(), 3).register("t-value", STRING))
                    .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                        assertThat(e.status()).isEqualTo(status);
                        assertThat(e.errorCode()).isEqualTo(code);
                        assertThat(e.isNotFound()).isEqualTo(notFound);
                        assertThat(e.isIncompatible()).isEqualTo(incompatible);
                        assertThat(e.isRetriable()).isFalse();
                    });
            assertThat(server.requests).hasSize(1);
        }
    }

    @Test
    void shouldReportConnectionRefusedWithoutStatusAfterRetrying() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;
        assertThatThrownBy(() -> client(url, 2).getById(1))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.status()).isEqualTo(SchemaRegistryException.NO_STATUS);
                    assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.NO_STATUS);
                    assertThat(e.isRetriable()).isTrue();
                    assertThat(e.url()).isEqualTo(url + "/schemas/ids/1");
                    assertThat(e.getCause()).isInstanceOf(java.net.ConnectException.class);
                });
    }

    @Test
    void shouldUrlEncodeSubjectsInPaths() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer().answer(200, "[1]")) {
            client(server.url(), 0).versions("news/ar pages?-value");
            assertThat(server.requests.get(0).rawPath()).isEqualTo("/subjects/news%2Far%20pages%3F-value/versions");
        }
    }

    @Test
    void shouldSendBasicCredentials() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer().answer(200, "{\"compatibilityLevel\":\"FULL\"}")) {
            SchemaRegistryClient c = new SchemaRegistryClient(
                    RegistryClientConfig.builder(server.url()).basicAuth("ops:s3cr:et").build());
            assertThat(c.globalCompatibility()).isEqualTo(Compatibility.FULL);
            assertThat(server.requests.get(0).authorization()).isEqualTo(
                    "Basic " + Base64.getEncoder().encodeToString("ops:s3cr:et".getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void shouldSendBearerToken() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer().answer(200, "[]")) {
            SchemaRegistryClient c = new SchemaRegistryClient(
                    RegistryClientConfig.builder(server.url() + "/").bearerToken("tok-123").build());
            assertThat(c.subjects()).isEmpty();
            assertThat(server.requests.get(0).authorization()).isEqualTo("Bearer tok-123");
            assertThat(server.requests.get(0).rawPath()).isEqualTo("/subjects");
        }
    }

    @Test
    void shouldCacheSchemasByIdAndIdsBySchema() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer().answer(200, "{\"schema\":\"\\\"string\\\"\"}")) {
            SchemaRegistryClient c = client(server.url(), 0);
            assertThat(c.getById(5)).isEqualTo(STRING);
            assertThat(c.getById(5)).isEqualTo(STRING);
            assertThat(server.requests).hasSize(1);
        }
        try (LocalHttpServer server = new LocalHttpServer().answer(200, "{\"id\":9}")) {
            SchemaRegistryClient c = client(server.url(), 0);
            assertThat(c.register("s-value", STRING)).isEqualTo(9);
            assertThat(c.register("s-value", STRING)).isEqualTo(9);
            assertThat(server.requests).hasSize(1);
            assertThat(server.requests.get(0).contentType()).isEqualTo(SchemaRegistryClient.MEDIA_TYPE);
            assertThat(server.requests.get(0).body()).isEqualTo("{\"schema\":\"\\\"string\\\"\"}");
        }
    }

    @Test
    void shouldRejectNonAvroSchemasById() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer()
                .answer(200, "{\"schemaType\":\"PROTOBUF\",\"schema\":\"syntax = \\\"proto3\\\";\"}")) {
            assertThatThrownBy(() -> client(server.url(), 0).getById(3))
                    .isInstanceOf(SchemaRegistryException.class).hasMessageContaining("PROTOBUF");
        }
    }

    @Test
    void shouldReturnEmptyLookupAndConfigWhenNotFound() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer()
                .answer(404, "{\"error_code\":40401,\"message\":\"Subject not found\"}")) {
            SchemaRegistryClient c = client(server.url(), 0);
            assertThat(c.lookup("x-value", STRING)).isEmpty();
            assertThat(c.subjectCompatibility("x-value")).isEmpty();
            assertThat(c.subjectExists("x-value")).isFalse();
        }
    }

    @Test
    void shouldNotMistakeAWrongBaseUrlForAMissingSubject() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer().answer(404, "<html>Not Found</html>")) {
            assertThatThrownBy(() -> client(server.url(), 0).lookup("x-value", STRING))
                    .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                        assertThat(e.status()).isEqualTo(404);
                        assertThat(e.isNotFound()).isFalse();
                    });
        }
    }

    @ParameterizedTest
    @CsvSource({"ftp://registry:8081", "not a url", "localhost:8081", "''"})
    void shouldRejectUrlsThatAreNotAbsoluteHttp(String url) {
        assertThatThrownBy(() -> RegistryClientConfig.builder(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schema registry URL");
    }
}
