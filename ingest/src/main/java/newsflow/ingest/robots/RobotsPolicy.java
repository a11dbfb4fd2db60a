package newsflow.ingest.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import newsflow.ingest.fetch.FetchException;
import newsflow.ingest.fetch.FetchResult;
import newsflow.ingest.fetch.HttpFetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt per origin (scheme, host and port), RFC 9309, parsed by crawler-commons'
 * {@link SimpleRobotRulesParser} for newsflow's product token. Failure rules (RFC 9309 §2.3.1.3–4):
 * a 4xx robots.txt allows everything; a 5xx, a network failure or a timeout disallows everything until
 * the rules are fetched again. Rules are cached for {@code ttl} (24 h by default, RFC 9309 §2.4); only
 * the first {@value #MAX_ROBOTS_BYTES} bytes are parsed (§2.5: at least 500 KiB). Redirects are followed
 * (§2.3.1.2).
 * Thread-safe.
 */
public final class RobotsPolicy {
    private static final Logger log = LoggerFactory.getLogger(RobotsPolicy.class);
    /** How long the rules of an unreachable robots.txt (5xx, network) are kept before a new try. */
    static final Duration UNREACHABLE_TTL = Duration.ofMinutes(1);
    /** robots.txt bytes parsed at most (RFC 9309 §2.5). */
    public static final int MAX_ROBOTS_BYTES = 512 * 1024;

    /**
     * The rules of one origin.
     *
     * @param rules crawler-commons' rules
     * @param status HTTP status of robots.txt, or -1 when it could not be fetched
     * @param sitemaps the {@code Sitemap:} URLs it lists
     * @param crawlDelayMs its {@code Crawl-delay} in milliseconds, or -1 when it gives none
     */
    public record Rules(BaseRobotRules rules, int status, List<String> sitemaps, long crawlDelayMs) {
        /** @return whether {@code url} may be fetched */
        public boolean allows(String url) {
            return rules.isAllowed(url);
        }
    }

    private record Cached(Rules rules, long expiresAtNanos) {
    }

    private final HttpFetcher fetcher;
    private final String agent;
    private final Duration ttl;
    private final LongSupplier nanoTime;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Cached> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > 10_000;
        }
    };

    /**
     * @param fetcher fetches robots.txt
     * @param agent the product token rules are matched against (e.g. {@code newsflow})
     * @param ttl how long fetched rules are kept
     * @param nanoTime clock for expiry ({@code System::nanoTime})
     */
    public RobotsPolicy(HttpFetcher fetcher, String agent, Duration ttl, LongSupplier nanoTime) {
        this.fetcher = fetcher;
        this.agent = agent.toLowerCase(Locale.ROOT);
        this.ttl = ttl;
        this.nanoTime = nanoTime;
    }

    /** @return {@code scheme://host[:port]} of {@code url}, lower case */
    public static String origin(String url) {
        URI u = URI.create(url);
        return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT)
                + (u.getPort() >= 0 ? ":" + u.getPort() : "");
    }

    /** @return whether the rules of {@code url}'s origin are cached and fresh (no fetch needed) */
    public synchronized boolean isCached(String url) {
        Cached c = cache.get(origin(url));
        return c != null && nanoTime.getAsLong() - c.expiresAtNanos < 0;
    }

    /**
     * @param url any URL of the origin
     * @return the origin's rules, fetched when not cached or expired
     * @throws InterruptedException when interrupted while fetching
     */
    public Rules rulesFor(String url) throws InterruptedException {
        String origin = origin(url);
        synchronized (this) {
            Cached c = cache.get(origin);
            if (c != null && nanoTime.getAsLong() - c.expiresAtNanos < 0) {
                return c.rules;
            }
        }
        Rules rules;
        Duration keep = ttl;
        String robotsUrl = origin + "/robots.txt";
        try {
            FetchResult r = fetcher.fetch(robotsUrl);
            if (r.status() >= 200 && r.status() < 300) {
                byte[] body = r.body().length > MAX_ROBOTS_BYTES ? java.util.Arrays.copyOf(r.body(), MAX_ROBOTS_BYTES) : r.body();
                BaseRobotRules parsed = parser.parseContent(robotsUrl, body,
                        r.head().contentType().orElse("text/plain"), List.of(agent));
                rules = new Rules(parsed, r.status(), List.copyOf(parsed.getSitemaps()), delay(parsed));
            } else {
                BaseRobotRules failed = parser.failedFetch(r.status());
                rules = new Rules(failed, r.status(), List.of(), -1);
                if (r.status() >= 500) {
                    keep = UNREACHABLE_TTL;
                }
            }
        } catch (FetchException e) {
            log.warn("robots.txt unreachable, origin disallowed for now: url={} error={}", robotsUrl, e.getMessage());
            rules = new Rules(parser.failedFetch(503), -1, List.of(), -1);
            keep = UNREACHABLE_TTL;
        }
        synchronized (this) {
            cache.put(origin, new Cached(rules, nanoTime.getAsLong() + keep.toNanos()));
        }
        return rules;
    }

    private static long delay(BaseRobotRules r) {
        return r.getCrawlDelay() == BaseRobotRules.UNSET_CRAWL_DELAY ? -1 : r.getCrawlDelay();
    }
}
