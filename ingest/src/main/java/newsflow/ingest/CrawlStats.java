package newsflow.ingest;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What a crawler instance did since it started; counters are cumulative and thread-safe. */
public final class CrawlStats {
    /** Fetches that got a response (robots.txt included). */
    public final AtomicLong fetched = new AtomicLong();
    /** Pages produced to news.pages. */
    public final AtomicLong pages = new AtomicLong();
    /** URLs put on the frontier (seeds excluded). */
    public final AtomicLong enqueued = new AtomicLong();
    /** Records sent to the dead-letter topic. */
    public final AtomicLong deadLettered = new AtomicLong();
    /** URLs not fetched because robots.txt disallows them. */
    public final AtomicLong robotsDisallowed = new AtomicLong();
    /** Fetches that got no response (network, timeout, redirects). */
    public final AtomicLong fetchErrors = new AtomicLong();
    /** Responses that were neither HTML nor a sitemap or feed (images, PDFs, …). */
    public final AtomicLong notHtml = new AtomicLong();
    /** Frontier records skipped because the URL was fetched before. */
    public final AtomicLong duplicates = new AtomicLong();
    /** URLs given up after transient failures on every attempt. */
    public final AtomicLong gaveUp = new AtomicLong();
    /** Sitemaps and feeds read. */
    public final AtomicLong sitemaps = new AtomicLong();
    private final Map<Integer, AtomicLong> byStatus = new ConcurrentHashMap<>();

    void status(int status) {
        byStatus.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
    }

    /** @return responses by HTTP status, sorted by status */
    public Map<Integer, Long> byStatus() {
        Map<Integer, Long> m = new TreeMap<>();
        byStatus.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    @Override
    public String toString() {
        return "fetched=" + fetched + " pages=" + pages + " enqueued=" + enqueued + " dlq=" + deadLettered
                + " robots_disallowed=" + robotsDisallowed + " fetch_errors=" + fetchErrors + " not_html=" + notHtml
                + " gave_up=" + gaveUp + " duplicates=" + duplicates + " sitemaps=" + sitemaps + " by_status=" + byStatus();
    }
}
