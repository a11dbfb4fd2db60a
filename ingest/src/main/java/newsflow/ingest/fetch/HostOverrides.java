package newsflow.ingest.fetch;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps a site's origin onto another origin for the connection only: with
 * {@code https://urdu-news.example=http://127.0.0.1:8080}, a fetch of
 * {@code https://urdu-news.example/a.html} connects to {@code http://127.0.0.1:8080/a.html}, while the
 * page keeps its own URL (and so its canonical URL, site and links). Off unless configured; used by the
 * demo and tests to crawl a local copy of a site under its real name.
 */
public final class HostOverrides {
    /** No overrides: every URL is fetched from its own origin. */
    public static final HostOverrides NONE = new HostOverrides(Map.of());

    private final Map<String, String> targets;

    private HostOverrides(Map<String, String> targets) {
        this.targets = Map.copyOf(targets);
    }

    /**
     * @param entries {@code origin=target} pairs, each an absolute {@code scheme://host[:port]}
     * @return the overrides
     * @throws IllegalArgumentException naming the entry when one is not {@code origin=target} with two origins
     */
    public static HostOverrides parse(List<String> entries) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String e : entries) {
            int eq = e.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("host override '" + e + "' is not origin=target");
            }
            m.put(origin(e.substring(0, eq).trim(), e), origin(e.substring(eq + 1).trim(), e));
        }
        return new HostOverrides(m);
    }

    /** @return the URL to connect to for {@code url}: {@code url} itself when its origin is not overridden */
    public String connectUrl(String url) {
        if (targets.isEmpty()) {
            return url;
        }
        for (Map.Entry<String, String> t : targets.entrySet()) {
            if (startsWithOrigin(url, t.getKey())) {
                return t.getValue() + url.substring(t.getKey().length());
            }
        }
        return url;
    }

    /** @return the site's own URL for a URL on an override target (a redirect's Location); {@code url} otherwise */
    public String siteUrl(String url) {
        for (Map.Entry<String, String> t : targets.entrySet()) {
            if (startsWithOrigin(url, t.getValue())) {
                return t.getKey() + url.substring(t.getValue().length());
            }
        }
        return url;
    }

    private static boolean startsWithOrigin(String url, String origin) {
        if (!url.regionMatches(true, 0, origin, 0, origin.length())) {
            return false;
        }
        return url.length() == origin.length() || "/?#".indexOf(url.charAt(origin.length())) >= 0;
    }

    private static String origin(String s, String entry) {
        try {
            URI u = URI.create(s);
            if (u.getScheme() == null || u.getHost() == null || (u.getPath() != null && u.getPath().length() > 1)) {
                throw new IllegalArgumentException("host override '" + entry + "': '" + s + "' is not scheme://host[:port]");
            }
            return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT)
                    + (u.getPort() >= 0 ? ":" + u.getPort() : "");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("host override '" + entry + "': " + e.getMessage(), e);
        }
    }
}
