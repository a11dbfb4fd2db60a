package newsflow.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * The crawler's settings, typed and validated; units are in the key names. Kafka client settings
 * ({@code bootstrap.servers}, security) are passed to the clients separately.
 */
public final class IngestConfig extends AbstractConfig {
    public static final String USER_AGENT = "crawl.user.agent";
    public static final String ROBOTS_AGENT = "crawl.robots.agent";
    public static final String MAX_DEPTH = "crawl.max.depth";
    public static final String MAX_PAGES_PER_SITE = "crawl.max.pages.per.site";
    public static final String FETCH_TIMEOUT_MS = "fetch.timeout.ms";
    public static final String MAX_BODY_BYTES = "fetch.max.body.bytes";
    public static final String MAX_REDIRECTS = "fetch.max.redirects";
    public static final String HOST_OVERRIDES = "fetch.host.overrides";
    public static final String DEFAULT_DELAY_MS = "politeness.default.delay.ms";
    public static final String MAX_CRAWL_DELAY_MS = "politeness.max.crawl.delay.ms";
    public static final String ROBOTS_TTL_MS = "robots.cache.ttl.ms";
    public static final String GROUP_ID = "ingest.group.id";
    public static final String TRANSACTIONAL_ID = "ingest.transactional.id";
    public static final String MAX_RECORD_BYTES = "ingest.max.record.bytes";
    public static final String MAX_ATTEMPTS = "crawl.max.attempts";
    public static final String SEEN_URLS_MAX = "crawl.seen.urls.max";
    public static final String ALLOW_PRIVATE_ADDRESSES = "fetch.allow.private.addresses";

    private static final ConfigDef DEF = new ConfigDef()
            .define(USER_AGENT, Type.STRING, "newsflow/0.1 (+https://github.com/newsflow/newsflow)", Importance.HIGH,
                    "User-Agent header of every fetch.")
            .define(ROBOTS_AGENT, Type.STRING, "newsflow", Importance.HIGH,
                    "Product token matched against robots.txt User-agent lines (RFC 9309 §2.2.1).")
            .define(MAX_DEPTH, Type.INT, 5, Range.atLeast(0), Importance.MEDIUM,
                    "Link hops from a seed, sitemap or feed entry beyond which links are not followed.")
            .define(MAX_PAGES_PER_SITE, Type.INT, 10_000, Range.atLeast(1), Importance.MEDIUM,
                    "Fetches per site at most, per crawler instance and run.")
            .define(MAX_ATTEMPTS, Type.INT, 3, Range.between(1, 20), Importance.LOW,
                    "Tries of a URL that fails transiently (network, deadline, 5xx, 429, robots.txt unreachable); each "
                            + "retry goes back on the frontier.")
            .define(SEEN_URLS_MAX, Type.INT, 200_000, Range.atLeast(1_000), Importance.LOW,
                    "URLs an instance remembers as enqueued, and as fetched, at most (least recently seen forgotten first).")
            .define(FETCH_TIMEOUT_MS, Type.INT, 30_000, Range.between(100, 600_000), Importance.MEDIUM,
                    "Deadline of one fetch, ms: connect, redirects, headers and the whole body.")
            .define(ALLOW_PRIVATE_ADDRESSES, Type.BOOLEAN, false, Importance.LOW,
                    "Whether hosts that resolve to loopback or private addresses may be fetched (off: a public page "
                            + "cannot redirect the crawler into a private network; host override targets are always allowed).")
            .define(MAX_BODY_BYTES, Type.INT, 10 * 1024 * 1024, Range.between(1024, 256 * 1024 * 1024), Importance.MEDIUM,
                    "Body bytes kept at most, after decompression; the rest is dropped.")
            .define(MAX_REDIRECTS, Type.INT, 5, Range.between(0, 20), Importance.LOW, "Redirects followed at most.")
            .define(HOST_OVERRIDES, Type.LIST, List.of(), Importance.LOW,
                    "origin=target pairs: connect to target when fetching origin, keeping the site's own URLs "
                            + "(e.g. https://urdu-news.example=http://127.0.0.1:8080). For demos and tests; off by default.")
            .define(DEFAULT_DELAY_MS, Type.LONG, 1_000L, Range.between(0, 3_600_000), Importance.MEDIUM,
                    "Delay between two fetches from one host when its robots.txt gives no Crawl-delay, ms.")
            .define(MAX_CRAWL_DELAY_MS, Type.LONG, 30_000L, Range.between(0, 3_600_000), Importance.MEDIUM,
                    "Cap on a robots.txt Crawl-delay, ms.")
            .define(ROBOTS_TTL_MS, Type.LONG, 86_400_000L, Range.atLeast(0), Importance.LOW,
                    "How long robots.txt rules are cached, ms (RFC 9309 §2.4: up to 24 h).")
            .define(GROUP_ID, Type.STRING, "newsflow-ingest", Importance.HIGH,
                    "Consumer group of the crawler instances on news.frontier.")
            .define(TRANSACTIONAL_ID, Type.STRING, "", Importance.MEDIUM,
                    "transactional.id of this instance's producer; empty for newsflow-ingest-<random>.")
            .define(MAX_RECORD_BYTES, Type.INT, 1_000_000, Range.between(10_000, 100 * 1024 * 1024), Importance.LOW,
                    "A serialized page larger than this goes to the dead-letter topic (key, size and headers "
                            + "only); keep it below the producer's max.request.size and the topic's max.message.bytes.");

    public IngestConfig(Map<String, ?> props) {
        super(DEF, props);
    }

    public static ConfigDef configDef() {
        return DEF;
    }

    public Duration fetchTimeout() {
        return Duration.ofMillis(getInt(FETCH_TIMEOUT_MS));
    }
}
