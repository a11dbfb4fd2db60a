package newsflow.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import newsflow.core.ArticleText;
import newsflow.core.CleanedPage;
import newsflow.core.dates.PageDate;

/**
 * The plain-JSON form of an article (DESIGN.md, "JSON form"): one compact object per line; dates as
 * ISO-8601 strings with the page's offset, or a plain date, or null.
 */
public final class ArticleJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleJson() {
    }

    /**
     * @param key the record's key (a file name without {@code .html}, or the article id)
     * @param a the article
     * @param page the cleaned (first) page, for how it was decoded; may be null
     * @return one line of JSON, no trailing newline
     */
    public static String line(String key, ArticleText a, CleanedPage page) {
        ObjectNode o = JSON.createObjectNode();
        o.put("key", key);
        o.put("url", a.url());
        o.put("canonicalUrl", a.canonicalUrl());
        o.put("site", a.site());
        o.put("title", a.title());
        ArrayNode authors = o.putArray("authors");
        a.authors().forEach(authors::add);
        o.put("published", iso(a.published()));
        o.put("modified", iso(a.modified()));
        o.put("language", a.language());
        o.put("languageConfidence", Math.round(a.languageConfidence() * 1000) / 1000.0);
        o.put("script", a.script());
        o.put("direction", a.direction());
        o.put("text", a.text());
        ArrayNode paragraphs = o.putArray("paragraphs");
        a.paragraphs().forEach(paragraphs::add);
        o.put("wordCount", a.wordCount());
        o.put("sentenceCount", a.sentenceCount());
        o.put("readingTimeSeconds", a.readingTimeSeconds());
        o.put("lead", a.lead());
        if (page != null) {
            o.put("charset", page.charset());
            o.put("charsetSource", page.charsetSource().name());
        }
        return o.toString();
    }

    private static String iso(PageDate d) {
        return d == null ? null : d.iso();
    }
}
