package newsflow.core.meta;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in JSON-LD ({@code <script type="application/ld+json">}):
 * the first node whose {@code @type} is an Article type (NewsArticle, BlogPosting, ReportageNewsArticle,
 * …), looked for in top-level objects, arrays and {@code @graph}s. Parsing is lenient (raw newlines in
 * strings, comments, trailing commas); a block that still does not parse is skipped.
 */
public final class JsonLd {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonParser.Feature.IGNORE_UNDEFINED)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
            "socialmediaposting", "liveblogposting", "techarticle", "scholarlyarticle", "report", "advertisernewsarticle",
            "askpublicnewsarticle", "satiricalarticle", "medicalscholarlyarticle");

    private final JsonNode article;

    private JsonLd(JsonNode article) {
        this.article = article;
    }

    /**
     * @param scripts the page's JSON-LD scripts in document order ({@link PageIndex#jsonLdScripts})
     * @return the article node of the page, or an empty JsonLd when there is none
     */
    public static JsonLd of(List<Element> scripts) {
        for (Element script : scripts) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data().trim());
            } catch (Exception e) {
                continue;
            }
            JsonNode found = find(root, 0);
            if (found != null) {
                return new JsonLd(found);
            }
        }
        return new JsonLd(null);
    }

    private static JsonNode find(JsonNode n, int depth) {
        if (n == null || depth > 6) {
            return null;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                JsonNode f = find(c, depth + 1);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (!n.isObject()) {
            return null;
        }
        if (isArticle(n.get("@type"))) {
            return n;
        }
        JsonNode graph = find(n.get("@graph"), depth + 1);
        if (graph != null) {
            return graph;
        }
        return find(n.get("mainEntity"), depth + 1);
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText().toLowerCase(java.util.Locale.ROOT);
        int slash = t.lastIndexOf('/');
        return ARTICLE_TYPES.contains(slash >= 0 ? t.substring(slash + 1) : t);
    }

    /** @return whether the page has an Article node */
    public boolean present() {
        return article != null;
    }

    /** @return a string property (the first if it is an array, the {@code @value} if an object) */
    public Optional<String> text(String field) {
        if (article == null) {
            return Optional.empty();
        }
        return text(article.get(field));
    }

    private static Optional<String> text(JsonNode v) {
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isArray()) {
            for (JsonNode c : v) {
                Optional<String> t = text(c);
                if (t.isPresent()) {
                    return t;
                }
            }
            return Optional.empty();
        }
        if (v.isObject()) {
            return text(v.has("@value") ? v.get("@value") : v.get("name"));
        }
        String s = v.asText().trim();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** @return author names: strings, Person/Organization {@code name}s, in order, de-duplicated */
    public List<String> authors() {
        Set<String> out = new LinkedHashSet<>();
        if (article != null) {
            collectNames(article.get("author"), out);
        }
        return new ArrayList<>(out);
    }

    private static void collectNames(JsonNode v, Set<String> out) {
        if (v == null || v.isNull()) {
            return;
        }
        if (v.isArray()) {
            v.forEach(c -> collectNames(c, out));
        } else if (v.isObject()) {
            text(v.get("name")).ifPresent(out::add);
        } else if (!v.asText().isBlank() && !v.asText().startsWith("http")) {
            out.add(v.asText().trim());
        }
    }
}
