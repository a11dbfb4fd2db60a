package newsflow.core.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags by {@code name}, {@code property} or {@code itemprop} (lower case):
 * the first non-empty {@code content} for each key. Empty tags are ignored, so an empty
 * {@code <meta name="author" content="">} never hides a value found elsewhere.
 */
public final class MetaTags {
    private static final org.jsoup.select.Evaluator SEL_0 = org.jsoup.select.QueryParser.parse("meta[content]");
    private final Map<String, String> values = new HashMap<>();

    private MetaTags() {
    }

    /** @return the meta tags of the document */
    public static MetaTags of(Document doc) {
        MetaTags m = new MetaTags();
        for (Element e : doc.select(SEL_0)) {
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
