package newsflow.enrich.strip;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import newsflow.core.CleanedPage;
import newsflow.core.clean.Block;
import newsflow.core.clean.BlockKind;
import newsflow.core.clean.Label;
import newsflow.core.dates.DateSource;
import newsflow.core.dates.PageDate;
import newsflow.core.decode.CharsetSource;
import newsflow.core.meta.PageMetadata;
import newsflow.core.meta.TitleCandidates;
import newsflow.schemas.CleanPage;
import newsflow.schemas.Outlink;

/**
 * Reads an Avro {@link CleanPage} from {@code news.pages} back into {@code core}'s {@link CleanedPage},
 * so the topology builds articles with the same per-page function as {@code newsflow extract}. Enum
 * symbols unknown to {@code core} (a newer producer's, read as the schema default {@code UNKNOWN}) map
 * to the weakest source; a date {@code value} that does not parse keeps only its raw text (and so
 * becomes no date).
 */
public final class PageRecords {
    private PageRecords() {
    }

    /**
     * @param r the record
     * @return the page, with {@code url} = the record's {@code finalUrl} and {@code site} = its {@code site}
     */
    public static CleanedPage toPage(CleanPage r) {
        List<Block> blocks = new ArrayList<>(r.getBlocks().size());
        for (newsflow.schemas.Block b : r.getBlocks()) {
            blocks.add(new Block(b.getText(), kind(b.getKind()), b.getTagPath(), b.getInMainContainer(),
                    b.getLinkDensity(), b.getLinkCount(), b.getPosition(),
                    b.getLabel() == newsflow.schemas.BlockLabel.BOILERPLATE ? Label.BOILERPLATE : Label.CONTENT,
                    b.getScore(), b.getReason()));
        }
        List<CleanedPage.Outlink> outlinks = new ArrayList<>(r.getOutlinks().size());
        for (Outlink o : r.getOutlinks()) {
            outlinks.add(new CleanedPage.Outlink(o.getUrl(), o.getAnchorText()));
        }
        newsflow.schemas.TitleCandidates t = r.getTitleCandidates();
        PageMetadata meta = new PageMetadata(r.getCanonicalUrl(), r.getHtmlLang(), r.getHtmlDir(),
                new TitleCandidates(t.getTitleTag(), t.getOgTitle(), t.getH1(), t.getJsonLdHeadline()), r.getTitle(),
                r.getSiteName(), r.getAuthors(), date(r.getPublished()), date(r.getModified()), r.getDescription(),
                r.getJsonLdArticleBody(), r.getJsonLdLanguage(), null);
        return new CleanedPage(r.getFinalUrl(), r.getSite(), r.getHttpStatus(), r.getContentType(), r.getCharset(),
                charsetSource(r.getCharsetSource()), meta, blocks, outlinks);
    }

    private static BlockKind kind(newsflow.schemas.BlockKind k) {
        return BlockKind.valueOf(k.name());
    }

    private static CharsetSource charsetSource(newsflow.schemas.CharsetSource s) {
        return s == newsflow.schemas.CharsetSource.UNKNOWN ? CharsetSource.DEFAULT : CharsetSource.valueOf(s.name());
    }

    /**
     * @param d the record's date
     * @return the date in {@code core}'s form, or null when absent or its value does not parse
     */
    static PageDate date(newsflow.schemas.PageDate d) {
        if (d == null || d.getValue() == null) {
            return null;
        }
        DateSource source = d.getSource() == newsflow.schemas.DateSource.UNKNOWN
                ? DateSource.VISIBLE_TEXT : DateSource.valueOf(d.getSource().name());
        String v = d.getValue();
        try {
            if (v.length() == 10) {
                return new PageDate(d.getRaw(), source, null, null, LocalDate.parse(v));
            }
            if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return new PageDate(d.getRaw(), source, OffsetDateTime.parse(v), null, null);
            }
            return new PageDate(d.getRaw(), source, null, LocalDateTime.parse(v), null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
