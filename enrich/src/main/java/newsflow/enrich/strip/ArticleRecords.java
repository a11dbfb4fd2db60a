package newsflow.enrich.strip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsflow.core.ArticleText;
import newsflow.core.CleanedPage;
import newsflow.core.clean.Block;
import newsflow.core.dates.PageDate;
import newsflow.schemas.Article;
import newsflow.schemas.ArticleDate;
import newsflow.schemas.BoilerplateRemoval;
import newsflow.schemas.DateSource;
import newsflow.schemas.Direction;
import newsflow.schemas.RemovalCount;
import newsflow.schemas.SourceInfo;

/**
 * Builds the Avro {@link Article} from {@code core}'s {@link ArticleText}: the one mapping used by the
 * topology and by {@code newsflow extract}, so both emit the same record.
 */
public final class ArticleRecords {
    /** Removal reason of a boilerplate block that carries none. */
    public static final String UNSPECIFIED_REASON = "unspecified";

    private ArticleRecords() {
    }

    /**
     * @param a the article
     * @param pages the pages it was built from (for what stripping removed and how the first was served)
     * @param fetchedAt when the (first) page was fetched
     * @param processedAt when this record is made
     * @param pipelineVersion newsflow's version
     * @return the record, keyed by {@link Article#getId()}
     */
    public static Article toRecord(ArticleText a, List<CleanedPage> pages, Instant fetchedAt, Instant processedAt,
            String pipelineVersion) {
        CleanedPage first = pages.get(0);
        return Article.newBuilder()
                .setId(id(a.canonicalUrl()))
                .setUrl(a.url())
                .setCanonicalUrl(a.canonicalUrl())
                .setSite(a.site())
                .setTitle(a.title())
                .setAuthors(a.authors())
                .setPublished(date(a.published()))
                .setModified(date(a.modified()))
                .setFetchedAt(fetchedAt)
                .setProcessedAt(processedAt)
                .setLanguage(a.language())
                .setLanguageConfidence(a.languageConfidence())
                .setScript(a.script())
                .setDirection(a.rightToLeft() ? Direction.RTL : Direction.LTR)
                .setText(a.text())
                .setParagraphs(a.paragraphs())
                .setWordCount(a.wordCount())
                .setSentenceCount(a.sentenceCount())
                .setReadingTimeSeconds(a.readingTimeSeconds())
                .setLead(a.lead())
                .setSimhash(a.simhash())
                .setDuplicateOf(null)
                .setBoilerplate(removal(pages))
                .setSource(new SourceInfo(first.httpStatus(), first.charset(), first.contentType()))
                .setPipelineVersion(pipelineVersion)
                .build();
    }

    /**
     * @param canonicalUrl the article's canonical URL
     * @return SHA-256 of its UTF-8 bytes, lower-case hex, 64 chars
     */
    public static String id(String canonicalUrl) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonicalUrl.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** @return blocks and UTF-16 chars labelled boilerplate on the pages, in total and by reason */
    public static BoilerplateRemoval removal(List<CleanedPage> pages) {
        int blocks = 0;
        int chars = 0;
        Map<String, int[]> byReason = new TreeMap<>();
        for (CleanedPage p : pages) {
            for (Block b : p.blocks()) {
                if (!b.isContent()) {
                    blocks++;
                    chars += b.text().length();
                    int[] c = byReason.computeIfAbsent(b.reason() == null ? UNSPECIFIED_REASON : b.reason(),
                            k -> new int[2]);
                    c[0]++;
                    c[1] += b.text().length();
                }
            }
        }
        Map<String, RemovalCount> m = new TreeMap<>();
        byReason.forEach((k, v) -> m.put(k, new RemovalCount(v[0], v[1])));
        return new BoilerplateRemoval(blocks, chars, m);
    }

    /** @return the normalized date: an instant with the page's offset, a local date-time, or a local date */
    static ArticleDate date(PageDate d) {
        if (d == null) {
            return null;
        }
        DateSource source = DateSource.valueOf(d.source().name());
        if (d.offsetDateTime() != null) {
            return new ArticleDate(d.offsetDateTime().toInstant(), d.offsetDateTime().getOffset().getTotalSeconds(),
                    null, null, source);
        }
        if (d.localDateTime() != null) {
            return new ArticleDate(null, null, d.localDateTime(), null, source);
        }
        return new ArticleDate(null, null, null, d.localDate(), source);
    }

    /**
     * @param d a normalized date, or null
     * @return ISO-8601 as in DESIGN.md's JSON form ({@code 2021-12-31T08:15:00+05:00}, {@code 2021-12-31T08:15:00},
     *     {@code 2024-03-12}), or null
     */
    public static String iso(ArticleDate d) {
        if (d == null) {
            return null;
        }
        if (d.getEpochMillis() != null) {
            ZoneOffset off = ZoneOffset.ofTotalSeconds(d.getOffsetSeconds() == null ? 0 : d.getOffsetSeconds());
            return new PageDate("", newsflow.core.dates.DateSource.META, d.getEpochMillis().atOffset(off), null, null).iso();
        }
        if (d.getLocalDateTime() != null) {
            return new PageDate("", newsflow.core.dates.DateSource.META, null, d.getLocalDateTime(), null).iso();
        }
        return d.getLocalDate() == null ? null : d.getLocalDate().toString();
    }
}
