package newsflow.ingest.frontier;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Normalized URLs this crawler instance has already put on the frontier or fetched, so a link seen on
 * every page is enqueued once. Bounded: the least recently seen are forgotten first (then a URL may be
 * enqueued again, and the re-fetch is counted). In memory, per instance: the frontier is keyed by
 * site, so one instance sees all of a site's links while it owns the site's partition.
 */
public final class SeenUrls {
    private final Map<String, Boolean> seen;

    /** @param capacity URLs remembered at most */
    public SeenUrls(int capacity) {
        this.seen = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** @return true when {@code url} was not seen before (it is now) */
    public synchronized boolean add(String url) {
        return seen.put(url, Boolean.TRUE) == null;
    }

    /** @return whether {@code url} was seen */
    public synchronized boolean contains(String url) {
        return seen.containsKey(url);
    }
}
