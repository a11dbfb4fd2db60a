package newsflow.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import newsflow.core.Extraction;
import newsflow.enrich.PipelineVersion;
import newsflow.enrich.strip.ArticleRecords;
import newsflow.schemas.Article;

/**
 * The plain-JSON form of an {@link Article} (DESIGN.md, "JSON form"), the same for {@code demo --out}
 * and {@code extract}: one compact object per line; dates as ISO-8601 strings with the page's offset, a
 * plain date, or null; instants as ISO-8601 UTC; the simhash as 16 hex digits (a JSON number would lose
 * bits in JavaScript); direction in lower case.
 */
public final class ArticleJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleJson() {
    }

    /**
     * The Article that {@code extract} prints for an extraction: the same mapping the topology uses.
     *
     * @param e an extraction that holds an article
     * @param fetchedAt when the page was read
     * @return the record
     */
    public static Article article(Extraction e, Instant fetchedAt) {
        return ArticleRecords.toRecord(e.article(), List.of(e.page()), fetchedAt, Instant.now(), PipelineVersion.get());
    }

    /**
     * @param key a key written first (a file name without {@code .html}), or null to write none
     * @param a the article
     * @return one line of JSON, no trailing newline
     */
    public static String line(String key, Article a) {
        ObjectNode o = JSON.createObjectNode();
        if (key != null) {
            o.put("key", key);
        }
        o.put("id", a.getId());
        o.put("url", a.getUrl());
        o.put("canonicalUrl", a.getCanonicalUrl());
        o.put("site", a.getSite());
        o.put("title", a.getTitle());
        ArrayNode authors = o.putArray("authors");
        a.getAuthors().forEach(authors::add);
        o.put("published", ArticleRecords.iso(a.getPublished()));
        o.put("modified", ArticleRecords.iso(a.getModified()));
        o.put("fetchedAt", a.getFetchedAt().toString());
        o.put("processedAt", a.getProcessedAt().toString());
        o.put("language", a.getLanguage());
        o.put("languageConfidence", Math.round(a.getLanguageConfidence() * 1000) / 1000.0);
        o.put("script", a.getScript());
        o.put("direction", a.getDirection().name().toLowerCase(Locale.ROOT));
        o.put("text", a.getText());
        ArrayNode paragraphs = o.putArray("paragraphs");
        a.getParagraphs().forEach(paragraphs::add);
        o.put("wordCount", a.getWordCount());
        o.put("sentenceCount", a.getSentenceCount());
        o.put("readingTimeSeconds", a.getReadingTimeSeconds());
        o.put("lead", a.getLead());
        o.put("simhash", String.format("%016x", a.getSimhash()));
        o.put("duplicateOf", a.getDuplicateOf());
        ObjectNode bp = o.putObject("boilerplate");
        bp.put("blocks", a.getBoilerplate().getBlocks());
        bp.put("chars", a.getBoilerplate().getChars());
        ObjectNode by = bp.putObject("byReason");
        a.getBoilerplate().getByReason().forEach((k, v) -> {
            ObjectNode r = by.putObject(k);
            r.put("blocks", v.getBlocks());
            r.put("chars", v.getChars());
        });
        ObjectNode src = o.putObject("source");
        src.put("httpStatus", a.getSource().getHttpStatus());
        src.put("charset", a.getSource().getCharset());
        src.put("contentType", a.getSource().getContentType());
        o.put("pipelineVersion", a.getPipelineVersion());
        return o.toString();
    }
}
