package newsflow.core.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags by {@code name}, {@code property} or {@code itemprop} (lower case):
 * the first non-empty {@code content} for each key. Empty tags are ignored, so an empty
 * {@code <meta name="author" content="">} never hides a value found elsewhere.
 */
public final class MetaTags {
    private final Map<String, String> values = new HashMap<>();

    private MetaTags() {
    }

    /**
     * @param metas the page's {@code meta[content]} elements in document order ({@link PageIndex#metas})
     * @return their values by key
     */
    public static MetaTags of(List<Element> metas) {
        MetaTags m = new MetaTags();
        for (Element e : metas) {
            String content = e.attr("content").trim();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : List.of("property", "name", "itemprop", "http-equiv")) {
                String key = e.attr(attr).trim().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    m.values.putIfAbsent(key, content);
                }
            }
        }
        return m;
    }

    /** @return the first non-empty value among {@code keys}, in the order given */
    public Optional<String> first(String... keys) {
        for (String k : keys) {
            String v = values.get(k);
            if (v != null) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
