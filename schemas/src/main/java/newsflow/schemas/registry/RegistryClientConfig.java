package newsflow.schemas.registry;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of a {@link SchemaRegistryClient}: where the registry is, how long to wait, how often to
 * retry, how many answers to cache and which credentials to send. Immutable; build with
 * {@link #builder(String)}.
 */
public final class RegistryClientConfig {
    /** Default per-request timeout: 10 s. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** Default connect timeout: 5 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Default retries after the first attempt, on 5xx and I/O errors: 3. */
    public static final int DEFAULT_MAX_RETRIES = 3;
    /** Default first backoff, doubled per retry: 100 ms. */
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(100);
    /** Default backoff ceiling: 2 s. */
    public static final Duration DEFAULT_MAX_RETRY_BACKOFF = Duration.ofSeconds(2);
    /** Default capacity of each cache (ids by schema, schemas by id): 1,000 entries. */
    public static final int DEFAULT_CACHE_CAPACITY = 1000;

    private final URI baseUrl;
    private final Duration requestTimeout;
    private final Duration connectTimeout;
    private final int maxRetries;
    private final Duration retryBackoff;
    private final Duration maxRetryBackoff;
    private final int cacheCapacity;
    private final String authorization;

    private RegistryClientConfig(Builder b) {
        this.baseUrl = b.baseUrl;
        this.requestTimeout = b.requestTimeout;
        this.connectTimeout = b.connectTimeout;
        this.maxRetries = b.maxRetries;
        this.retryBackoff = b.retryBackoff;
        this.maxRetryBackoff = b.maxRetryBackoff;
        this.cacheCapacity = b.cacheCapacity;
        this.authorization = b.authorization;
    }

    /**
     * @param baseUrl the registry's base URL, e.g. {@code http://localhost:8081} for Confluent or
     *     {@code http://localhost:8080/apis/ccompat/v7} for Apicurio; a trailing slash is ignored
     * @return a builder with the defaults above
     * @throws IllegalArgumentException if the URL is not absolute http(s)
     */
    public static Builder builder(String baseUrl) {
        return new Builder(baseUrl);
    }

    /** @return the base URL, without trailing slash */
    public URI baseUrl() {
        return baseUrl;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public int maxRetries() {
        return maxRetries;
    }

    public Duration retryBackoff() {
        return retryBackoff;
    }

    public Duration maxRetryBackoff() {
        return maxRetryBackoff;
    }

    public int cacheCapacity() {
        return cacheCapacity;
    }

    /** @return the {@code Authorization} header value to send, if credentials were given */
    public Optional<String> authorization() {
        return Optional.ofNullable(authorization);
    }

    @Override
    public String toString() {
        return "RegistryClientConfig{baseUrl=" + baseUrl + ", requestTimeout=" + requestTimeout
                + ", maxRetries=" + maxRetries + ", auth=" + (authorization == null ? "none" : "set") + "}";
    }

    /** Builder of {@link RegistryClientConfig}. */
    public static final class Builder {
        private final URI baseUrl;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private int maxRetries = DEFAULT_MAX_RETRIES;
        private Duration retryBackoff = DEFAULT_RETRY_BACKOFF;
        private Duration maxRetryBackoff = DEFAULT_MAX_RETRY_BACKOFF;
        private int cacheCapacity = DEFAULT_CACHE_CAPACITY;
        private String authorization;

        private Builder(String baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            String trimmed = baseUrl.trim();
            while (trimmed.endsWith("/")) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            URI uri;
            try {
                uri = URI.create(trimmed);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("schema registry URL '" + baseUrl + "' is not a valid URI", e);
            }
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("schema registry URL '" + baseUrl + "' must be an absolute http(s) URL");
            }
            this.baseUrl = uri;
        }

        /** @param timeout time to wait for one response; positive */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive("requestTimeout", timeout);
            return this;
        }

        /** @param timeout time to wait for a TCP connection; positive */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive("connectTimeout", timeout);
            return this;
        }

        /** @param retries retries after the first attempt on 5xx and I/O errors, 0..100 */
        public Builder maxRetries(int retries) {
            if (retries < 0 || retries > 100) {
                throw new IllegalArgumentException("maxRetries must be in 0..100, was " + retries);
            }
            this.maxRetries = retries;
            return this;
        }

        /**
         * @param first backoff before the first retry, doubled for each following one (with jitter)
         * @param max ceiling of the backoff
         */
        public Builder retryBackoff(Duration first, Duration max) {
            this.retryBackoff = positive("retryBackoff", first);
            this.maxRetryBackoff = positive("maxRetryBackoff", max);
            return this;
        }

        /** @param capacity entries per cache, at least 1 */
        public Builder cacheCapacity(int capacity) {
            if (capacity < 1) {
                throw new IllegalArgumentException("cacheCapacity must be >= 1, was " + capacity);
            }
            this.cacheCapacity = capacity;
            return this;
        }

        /**
         * HTTP basic authentication, as Confluent's {@code basic.auth.user.info}.
         *
         * @param userInfo {@code user:password}
         * @throws IllegalArgumentException if there is no colon
         */
        public Builder basicAuth(String userInfo) {
            if (userInfo == null || !userInfo.contains(":")) {
                throw new IllegalArgumentException("basic auth user info must be 'user:password'");
            }
            this.authorization = "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        /** @param token an OAuth bearer token, sent as {@code Authorization: Bearer <token>} */
        public Builder bearerToken(String token) {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("bearer token must not be blank");
            }
            this.authorization = "Bearer " + token.trim();
            return this;
        }

        public RegistryClientConfig build() {
            return new RegistryClientConfig(this);
        }

        private static Duration positive(String name, Duration d) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be a positive duration, was " + d);
            }
            return d;
        }
    }
}
