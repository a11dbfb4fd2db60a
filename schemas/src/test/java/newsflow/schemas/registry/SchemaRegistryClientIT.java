package newsflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import newsflow.testkit.EmbeddedStack;
import newsflow.testkit.junit.EmbeddedStackExtension;
import org.apache.avro.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registry client against a real registry (Apicurio's Confluent-compatible API). */
@ExtendWith(EmbeddedStackExtension.class)
class SchemaRegistryClientIT {
    private static final Schema V1 = parse("{\"type\":\"record\",\"name\":\"Page\",\"fields\":["
            + "{\"name\":\"url\",\"type\":\"string\"}]}");
    private static final Schema V2_OPTIONAL_FIELD = parse("{\"type\":\"record\",\"name\":\"Page\",\"fields\":["
            + "{\"name\":\"url\",\"type\":\"string\"},{\"name\":\"title\",\"type\":[\"null\",\"string\"],\"default\":null}]}");
    private static final Schema V2_REQUIRED_FIELD = parse("{\"type\":\"record\",\"name\":\"Page\",\"fields\":["
            + "{\"name\":\"url\",\"type\":\"string\"},{\"name\":\"title\",\"type\":\"string\"}]}");

    private SchemaRegistryClient client;
    private String subject;

    @BeforeEach
    void setUp(EmbeddedStack stack) {
        client = new SchemaRegistryClient(RegistryClientConfig.builder(stack.schemaRegistryUrl()).build());
        subject = "it." + UUID.randomUUID() + "-value";
    }

    private static Schema parse(String json) {
        return new Schema.Parser().parse(json);
    }

    @Test
    void shouldRegisterIdempotentlyLookUpAndFetchById() {
        int id = client.register(subject, V1);
        SchemaRegistryClient fresh = new SchemaRegistryClient(client.config());
        assertThat(fresh.register(subject, V1)).isEqualTo(id);
        RegisteredSchema found = fresh.lookup(subject, V1).orElseThrow();
        assertThat(found.id()).isEqualTo(id);
        assertThat(found.version()).isEqualTo(1);
        assertThat(fresh.getById(id)).isEqualTo(V1);
        assertThat(fresh.subjects()).contains(subject);
        assertThat(fresh.versions(subject)).containsExactly(1);
    }

    @Test
    void shouldRefuseAnIncompatibleSchemaWith409() {
        client.setSubjectCompatibility(subject, Compatibility.FULL_TRANSITIVE);
        client.register(subject, V1);
        assertThat(client.subjectCompatibility(subject)).contains(Compatibility.FULL_TRANSITIVE);

        assertThat(client.testCompatibility(subject, V2_OPTIONAL_FIELD).compatible()).isTrue();
        assertThat(client.testCompatibility(subject, V2_REQUIRED_FIELD).compatible()).isFalse();
        assertThatThrownBy(() -> client.register(subject, V2_REQUIRED_FIELD))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.isIncompatible()).isTrue();
                    // Confluent answers 409 with error_code 409; Apicurio's ccompat API does the same
                    assertThat(e.errorCode()).isEqualTo(409);
                    assertThat(e.getMessage()).contains(subject);
                });
        assertThat(client.register(subject, V2_OPTIONAL_FIELD)).isPositive();
        assertThat(client.versions(subject)).containsExactly(1, 2);
    }

    @Test
    void shouldAnswer404WithErrorCodesForUnknownSubjectsAndIds() {
        assertThatThrownBy(() -> client.versions(subject))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.errorCode()).isEqualTo(40401);
                });
        assertThatThrownBy(() -> client.getById(Integer.MAX_VALUE))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.errorCode()).isEqualTo(40403);
                });
        assertThat(client.lookup(subject, V1)).isEmpty();
        assertThat(client.subjectExists(subject)).isFalse();
        client.register(subject, V1);
        assertThat(client.lookup(subject, V2_OPTIONAL_FIELD)).isEmpty();
    }

    @Test
    void shouldEncodeSubjectsWithReservedCharacters() {
        String odd = "it/" + UUID.randomUUID() + " ur?&-value";
        int id = client.register(odd, V1);
        assertThat(client.subjects()).contains(odd);
        assertThat(client.lookup(odd, V1).orElseThrow().id()).isEqualTo(id);
    }

    @Test
    void shouldReadAndWriteTheGlobalCompatibility() {
        // the testkit sets BACKWARD at start, as a stock Confluent registry has
        assertThat(client.globalCompatibility()).isEqualTo(Compatibility.BACKWARD);
        client.setGlobalCompatibility(Compatibility.BACKWARD);
        assertThat(client.globalCompatibility()).isEqualTo(Compatibility.BACKWARD);
    }
}
