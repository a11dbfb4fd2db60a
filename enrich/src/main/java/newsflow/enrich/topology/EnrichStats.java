package newsflow.enrich.topology;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What this topology instance did since it started: pages, articles, pages without one, removals by reason. */
public final class EnrichStats {
    public final AtomicLong pages = new AtomicLong();
    public final AtomicLong articles = new AtomicLong();
    private final Map<String, AtomicLong> notArticles = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> removedBlocks = new ConcurrentHashMap<>();

    void notArticle(String reason) {
        notArticles.computeIfAbsent(reason, r -> new AtomicLong()).incrementAndGet();
    }

    void removed(String reason, int blocks) {
        removedBlocks.computeIfAbsent(reason, r -> new AtomicLong()).addAndGet(blocks);
    }

    /** @return pages that held no article, by reason */
    public Map<String, Long> notArticles() {
        return snapshot(notArticles);
    }

    /** @return boilerplate blocks removed from articles, by reason */
    public Map<String, Long> removedBlocks() {
        return snapshot(removedBlocks);
    }

    private static Map<String, Long> snapshot(Map<String, AtomicLong> m) {
        Map<String, Long> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    @Override
    public String toString() {
        return "pages=" + pages + " articles=" + articles + " not_articles=" + notArticles() + " removed=" + removedBlocks();
    }
}
