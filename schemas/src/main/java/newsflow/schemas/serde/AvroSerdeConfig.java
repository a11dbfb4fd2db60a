package newsflow.schemas.serde;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import newsflow.schemas.registry.Compatibility;
import newsflow.schemas.registry.RegistryClientConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * Configuration of the Avro serde and its Schema Registry client, in the style of kafka-clients'
 * {@link ConfigDef}: typed, validated, defaults in code, units in key names. Key names follow
 * Confluent's serializer where one exists, so existing producer configs carry over.
 */
public final class AvroSerdeConfig extends AbstractConfig {
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    private static final String SCHEMA_REGISTRY_URL_DOC = "Base URL of a Confluent-compatible Schema Registry, "
            + "e.g. http://localhost:8081 or, for Apicurio, http://localhost:8080/apis/ccompat/v7.";

    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    private static final String AUTO_REGISTER_SCHEMAS_DOC = "Register the writer's schema under the topic's "
            + "subject on first use. When false, the schema must already be registered or serialization fails.";

    public static final String SUBJECT_COMPATIBILITY = "subject.compatibility";
    private static final String SUBJECT_COMPATIBILITY_DOC = "Compatibility level set on a subject when newsflow "
            + "creates it by auto-registration. One of " + Arrays.toString(Compatibility.values()) + ".";

    public static final String BASIC_AUTH_USER_INFO = "schema.registry.basic.auth.user.info";
    private static final String BASIC_AUTH_USER_INFO_DOC = "HTTP basic credentials as user:password; unset for none.";

    public static final String BEARER_AUTH_TOKEN = "schema.registry.bearer.auth.token";
    private static final String BEARER_AUTH_TOKEN_DOC = "Bearer token sent as 'Authorization: Bearer <token>'; "
            + "unset for none. Takes precedence over basic credentials.";

    public static final String REQUEST_TIMEOUT_MS = "schema.registry.request.timeout.ms";
    private static final String REQUEST_TIMEOUT_MS_DOC = "Time to wait for one registry response, in milliseconds.";

    public static final String RETRIES = "schema.registry.retries";
    private static final String RETRIES_DOC = "Retries after the first attempt when the registry answers 5xx or "
            + "cannot be reached.";

    public static final String RETRY_BACKOFF_MS = "schema.registry.retry.backoff.ms";
    private static final String RETRY_BACKOFF_MS_DOC = "Backoff before the first retry, in milliseconds; doubled "
            + "for each following retry, with jitter.";

    public static final String RETRY_BACKOFF_MAX_MS = "schema.registry.retry.backoff.max.ms";
    private static final String RETRY_BACKOFF_MAX_MS_DOC = "Ceiling of the retry backoff, in milliseconds.";

    public static final String CACHE_CAPACITY = "schema.registry.cache.capacity";
    private static final String CACHE_CAPACITY_DOC = "Entries kept in each schema cache (ids by schema, schemas by id).";

    /** Name of the specific record class the deserializer reads into; unset for GenericRecord. */
    public static final String READER_CLASS = "avro.reader.class";
    private static final String READER_CLASS_DOC = "Fully qualified name of the generated SpecificRecord class the "
            + "deserializer reads into (the reader's schema); unset to read GenericRecord with the writer's schema.";

    private static final ConfigDef DEF = new ConfigDef()
            .define(SCHEMA_REGISTRY_URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    Importance.HIGH, SCHEMA_REGISTRY_URL_DOC)
            .define(AUTO_REGISTER_SCHEMAS, Type.BOOLEAN, true, Importance.MEDIUM, AUTO_REGISTER_SCHEMAS_DOC)
            .define(SUBJECT_COMPATIBILITY, Type.STRING, Compatibility.FULL_TRANSITIVE.name(),
                    ConfigDef.ValidString.in(Arrays.stream(Compatibility.values()).map(Enum::name).toArray(String[]::new)),
                    Importance.MEDIUM, SUBJECT_COMPATIBILITY_DOC)
            .define(BASIC_AUTH_USER_INFO, Type.PASSWORD, null, Importance.MEDIUM, BASIC_AUTH_USER_INFO_DOC)
            .define(BEARER_AUTH_TOKEN, Type.PASSWORD, null, Importance.MEDIUM, BEARER_AUTH_TOKEN_DOC)
            .define(REQUEST_TIMEOUT_MS, Type.LONG, RegistryClientConfig.DEFAULT_REQUEST_TIMEOUT.toMillis(),
                    Range.between(1, 600_000), Importance.LOW, REQUEST_TIMEOUT_MS_DOC)
            .define(RETRIES, Type.INT, RegistryClientConfig.DEFAULT_MAX_RETRIES, Range.between(0, 100),
                    Importance.LOW, RETRIES_DOC)
            .define(RETRY_BACKOFF_MS, Type.LONG, RegistryClientConfig.DEFAULT_RETRY_BACKOFF.toMillis(),
                    Range.between(1, 60_000), Importance.LOW, RETRY_BACKOFF_MS_DOC)
            .define(RETRY_BACKOFF_MAX_MS, Type.LONG, RegistryClientConfig.DEFAULT_MAX_RETRY_BACKOFF.toMillis(),
                    Range.between(1, 600_000), Importance.LOW, RETRY_BACKOFF_MAX_MS_DOC)
            .define(CACHE_CAPACITY, Type.INT, RegistryClientConfig.DEFAULT_CACHE_CAPACITY, Range.atLeast(1),
                    Importance.LOW, CACHE_CAPACITY_DOC)
            .define(READER_CLASS, Type.STRING, null, Importance.LOW, READER_CLASS_DOC);

    /**
     * @param props serde and registry settings; other keys (a producer's, a consumer's) are ignored
     * @throws ConfigException naming the key, the value and what is allowed, when a value is invalid
     */
    public AvroSerdeConfig(Map<String, ?> props) {
        super(DEF, props, false);
    }

    /** @return the definition, for documentation and for merging into an application's config */
    public static ConfigDef configDef() {
        return new ConfigDef(DEF);
    }

    public boolean autoRegister() {
        return getBoolean(AUTO_REGISTER_SCHEMAS);
    }

    public Compatibility subjectCompatibility() {
        return Compatibility.parse(getString(SUBJECT_COMPATIBILITY));
    }

    /** @return the registry client's settings derived from this config */
    public RegistryClientConfig clientConfig() {
        RegistryClientConfig.Builder b;
        try {
            b = RegistryClientConfig.builder(getString(SCHEMA_REGISTRY_URL));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, getString(SCHEMA_REGISTRY_URL), e.getMessage());
        }
        b.requestTimeout(Duration.ofMillis(getLong(REQUEST_TIMEOUT_MS)))
                .maxRetries(getInt(RETRIES))
                .retryBackoff(Duration.ofMillis(getLong(RETRY_BACKOFF_MS)), Duration.ofMillis(getLong(RETRY_BACKOFF_MAX_MS)))
                .cacheCapacity(getInt(CACHE_CAPACITY));
        Password bearer = getPassword(BEARER_AUTH_TOKEN);
        Password basic = getPassword(BASIC_AUTH_USER_INFO);
        if (bearer != null) {
            b.bearerToken(bearer.value());
        } else if (basic != null) {
            try {
                b.basicAuth(basic.value());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(BASIC_AUTH_USER_INFO, "[hidden]", e.getMessage());
            }
        }
        return b.build();
    }
}
