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
import newsflow.core.clean.Texts;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in JSON-LD ({@code <script type="application/ld+json">}):
 * a node whose {@code @type} is an Article type (NewsArticle, BlogPosting, ReportageNewsArticle,
 * …), looked for in top-level objects, arrays, {@code @graph}s and {@code mainEntity}; among several, the one
 * that names the page ({@link #of(List, List)}). A property that refers to another node by its {@code @id} only
 * ({@code "author": {"@id": "https://site/#/schema/person/1"}}, as Yoast SEO writes every WordPress author) is read from
 * the node of the page's JSON-LD that has that {@code @id}. Parsing is lenient (raw newlines in
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

    /** Nodes looked at when gathering the page's nodes by {@code @id}: bounds the walk on a page of huge JSON-LD. */
    private static final int MAX_NODES = 2000;

    private final JsonNode article;
    /** The page's parsed JSON-LD blocks. */
    private final List<JsonNode> roots;
    /** The nodes of {@link #roots} that have an {@code @id} and say more than it, by {@code @id}; built when first needed. */
    private java.util.Map<String, JsonNode> byId;

    private JsonLd(JsonNode article, List<JsonNode> roots) {
        this.article = article;
        this.roots = roots;
    }

    /**
     * @param scripts the page's JSON-LD scripts in document order ({@link PageIndex#jsonLdScripts})
     * @return the article node of the page, or an empty JsonLd when there is none
     */
    public static JsonLd of(List<Element> scripts) {
        return of(scripts, List.of());
    }

    /**
     * The page's article node among several: a related story's node, or a widget's, can come first. The node whose
     * {@code url}, {@code @id} or {@code mainEntityOfPage} names one of {@code pageUrls} (scheme, {@code www.}, query,
     * fragment and a final slash aside) wins; else the first. When there are several and each names another page, the
     * page is a listing of articles (a section front), and none is its article.
     *
     * @param scripts the page's JSON-LD scripts in document order ({@link PageIndex#jsonLdScripts})
     * @param pageUrls the URLs the page goes by (its URL, its declared canonical URL); nulls are skipped
     * @return the article node of the page, or an empty JsonLd when there is none
     */
    public static JsonLd of(List<Element> scripts, List<String> pageUrls) {
        List<JsonNode> found = new java.util.ArrayList<>();
        List<JsonNode> roots = new java.util.ArrayList<>();
        for (Element script : scripts) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data().trim());
            } catch (Exception e) {
                continue;
            }
            roots.add(root);
            collect(root, 0, found);
        }
        if (found.isEmpty()) {
            return new JsonLd(null, roots);
        }
        java.util.Set<String> pages = new java.util.HashSet<>();
        for (String u : pageUrls) {
            if (u != null) {
                pages.add(pageKey(u));
            }
        }
        int namingOthers = 0;
        for (JsonNode n : found) {
            List<String> named = urlsOf(n);
            for (String u : named) {
                if (pages.contains(pageKey(u))) {
                    return new JsonLd(n, roots);
                }
            }
            namingOthers += named.isEmpty() ? 0 : 1;
        }
        if (found.size() > 1 && namingOthers == found.size() && !pages.isEmpty()) {
            return new JsonLd(null, roots); // a listing
        }
        return new JsonLd(found.get(0), roots);
    }

    private java.util.Map<String, JsonNode> byId() {
        if (byId == null) {
            byId = new java.util.HashMap<>();
            int[] budget = {MAX_NODES};
            for (JsonNode root : roots) {
                index(root, 0, byId, budget);
            }
        }
        return byId;
    }

    /** Adds the nodes under {@code n} that define an {@code @id} to {@code byId}, the first definition of each. */
    private static void index(JsonNode n, int depth, java.util.Map<String, JsonNode> byId, int[] budget) {
        if (n == null || depth > 8 || budget[0]-- <= 0) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                index(c, depth + 1, byId, budget);
            }
            return;
        }
        if (!n.isObject()) {
            return;
        }
        JsonNode id = n.get("@id");
        if (id != null && id.isTextual() && n.hasNonNull("name")) {
            byId.putIfAbsent(id.asText().trim(), n); // (a reference with a type, {"@type": "Person", "@id": …}, defines nothing)
        }
        for (JsonNode c : n) {
            if (c.isContainerNode()) {
                index(c, depth + 1, byId, budget);
            }
        }
    }

    /** Adds the Article nodes under {@code n} to {@code out}, in document order (at most 100). */
    private static void collect(JsonNode n, int depth, List<JsonNode> out) {
        if (n == null || depth > 6 || out.size() >= 100) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                collect(c, depth + 1, out);
            }
            return;
        }
        if (!n.isObject()) {
            return;
        }
        if (isArticle(n.get("@type"))) {
            out.add(n);
            return;
        }
        collect(n.get("@graph"), depth + 1, out);
        collect(n.get("mainEntity"), depth + 1, out);
    }

    /** @return the http(s) URLs a node says it is about: {@code url}, {@code @id}, {@code mainEntityOfPage} (or its {@code @id}/{@code url}) */
    private static List<String> urlsOf(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode v : new JsonNode[] {n.get("url"), n.get("@id"), n.get("mainEntityOfPage")}) {
            if (v != null && v.isObject()) {
                v = v.has("@id") ? v.get("@id") : v.get("url");
            }
            if (v != null && v.isTextual() && v.asText().trim().toLowerCase(java.util.Locale.ROOT).startsWith("http")) {
                out.add(v.asText().trim());
            }
        }
        return out;
    }

    /** @return {@code url} as a key that ignores scheme, {@code www.}, case of the host, query, fragment and a final slash */
    private static String pageKey(String url) {
        String u = url.trim();
        int cut = u.length();
        for (char c : new char[] {'?', '#'}) {
            int i = u.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        u = u.substring(0, cut);
        int scheme = u.indexOf("://");
        if (scheme >= 0) {
            u = u.substring(scheme + 3);
        }
        int slash = u.indexOf('/');
        String host = (slash < 0 ? u : u.substring(0, slash)).toLowerCase(java.util.Locale.ROOT);
        String path = slash < 0 ? "" : u.substring(slash);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return host + path;
    }

    /** {@code @type}s (lower case, ends of) of nodes that are no author: the article, its page, its site, its media. */
    private static final List<String> NOT_AGENTS = List.of("page", "website", "object", "list", "event", "place", "product",
            "creativework");

    /**
     * @return whether a node of this {@code @type} can be an author: a Person, an Organization of any kind (NGO,
     *     NewsMediaOrganization…), or a named node without a type; not the article itself, its WebPage or its site,
     *     whose names are the headline and the site's name
     */
    private static boolean isAgent(JsonNode type) {
        if (type == null) {
            return true;
        }
        if (type.isArray()) {
            // (["Person", "CreativeWork"]: a person, whatever else the node says it is)
            boolean named = false;
            for (JsonNode t : type) {
                String n = t.asText().toLowerCase(java.util.Locale.ROOT);
                if (n.endsWith("person") || n.endsWith("organization")) {
                    return true;
                }
                named |= !isAgent(t);
            }
            return !named;
        }
        if (isArticle(type)) {
            return false;
        }
        String t = type.asText().toLowerCase(java.util.Locale.ROOT);
        return NOT_AGENTS.stream().noneMatch(t::endsWith);
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

    /**
     * A closing tag, or a line break, of the HTML some CMSs write into {@code articleBody}: text that only names a tag
     * ("wrap it in a &lt;b&gt; element") closes none.
     */
    private static final java.util.regex.Pattern HTML_TAG = java.util.regex.Pattern.compile(
            "(?i)</(?:p|div|h[1-6]|ul|ol|li|blockquote|span|a|strong|em|b|i|u|figure|figcaption|section|table|tr|td)\\s*>|<br\\s*/?>");
    /** A body that opens with a block element's tag is HTML, closed or not ({@code <p>One<p>Two}). */
    private static final java.util.regex.Pattern LEADING_TAG = java.util.regex.Pattern.compile(
            "^\\s*<(?:p|div|h[1-6]|ul|ol|blockquote|figure|section|table)\\b[^<>]*>", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A block element's tag: HTML whose paragraphs are elements, not lines. */
    private static final java.util.regex.Pattern BLOCK_TAG = java.util.regex.Pattern.compile(
            "(?i)</?(?:p|div|h[1-6]|ul|ol|li|blockquote|figure|figcaption|section|table|tr|td|br)\\b[^<>]*>");
    /** A character reference ({@code &amp;}, {@code &#8217;}, {@code &#x2019;}), as WordPress writes text into JSON-LD. */
    private static final java.util.regex.Pattern CHARACTER_REFERENCE = java.util.regex.Pattern.compile(
            "&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");

    /**
     * The paragraphs of an {@code articleBody}. schema.org defines it as text, but CMSs also write the article's HTML
     * there, or text with HTML character references. HTML (a closing tag, a {@code <br>}, or a block element's tag at
     * the start says so) is read as HTML: when it has block elements, each of them and each {@code <br>} ends a
     * paragraph; when it has only inline ones (a link in a line), each line of its text is a paragraph; scripts, styles
     * and comments say nothing. In text, references that end in
     * {@code ;} are decoded ({@code ?a=1&copy=2} in a URL stays as it is), and each line is a paragraph.
     *
     * @param articleBody an {@code articleBody} value
     * @return its paragraphs in order, cleaned ({@link Texts#clean}), none empty
     */
    public static List<String> paragraphs(String articleBody) {
        List<String> out = new ArrayList<>();
        if (!HTML_TAG.matcher(articleBody).find() && !LEADING_TAG.matcher(articleBody).find()) {
            java.util.regex.Matcher m = CHARACTER_REFERENCE.matcher(articleBody);
            addLines(m.find() ? m.replaceAll(r -> java.util.regex.Matcher.quoteReplacement(
                    org.jsoup.parser.Parser.unescapeEntities(r.group(), false))) : articleBody, out);
            return out;
        }
        // blocks end paragraphs; in HTML without blocks, the text's own line breaks do
        boolean lines = !BLOCK_TAG.matcher(articleBody).find();
        StringBuilder text = new StringBuilder();
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) { // (script and style bodies, and comments, are no text nodes)
                    text.append(lines ? t.getWholeText() : t.getWholeText().replace('\n', ' '));
                } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    text.append('\n');
                }
            }
        }, org.jsoup.Jsoup.parseBodyFragment(articleBody).body());
        addLines(text.toString(), out);
        return out;
    }

    private static void addLines(String text, List<String> out) {
        for (String line : text.split("\\r?\\n")) {
            String t = Texts.clean(line);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
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

    /**
     * @return author names: strings, Person/Organization {@code name}s, in order, de-duplicated; an author given by its
     *     {@code @id} alone is named by the node with that {@code @id}
     */
    public List<String> authors() {
        Set<String> out = new LinkedHashSet<>();
        if (article != null) {
            collectNames(article.get("author"), out);
        }
        return new ArrayList<>(out);
    }

    private void collectNames(JsonNode v, Set<String> out) {
        if (v == null || v.isNull()) {
            return;
        }
        if (v.isArray()) {
            v.forEach(c -> collectNames(c, out));
        } else if (v.isObject()) {
            Optional<String> name = text(v.get("name"));
            if (name.isEmpty() && v.get("@id") != null && v.get("@id").isTextual()) {
                JsonNode node = byId().get(v.get("@id").asText().trim());
                name = node == null || !isAgent(node.get("@type")) ? Optional.empty() : text(node.get("name"));
            }
            name.ifPresent(out::add);
        } else if (!v.asText().isBlank() && !v.asText().startsWith("http")) {
            out.add(v.asText().trim());
        }
    }
}
