package newsflow.ingest.publish;

import java.util.ArrayList;
import java.util.List;
import newsflow.core.CleanedPage;
import newsflow.core.dates.PageDate;
import newsflow.core.meta.PageMetadata;
import newsflow.ingest.fetch.FetchResult;
import newsflow.schemas.Block;
import newsflow.schemas.BlockKind;
import newsflow.schemas.BlockLabel;
import newsflow.schemas.CharsetSource;
import newsflow.schemas.CleanPage;
import newsflow.schemas.DateSource;
import newsflow.schemas.Outlink;
import newsflow.schemas.TitleCandidates;

/**
 * Maps a page from {@code core} to the Avro {@link CleanPage} that travels on {@code news.pages}:
 * field for field, enums by name, dates as their raw text plus the ISO-8601 value of
 * {@link PageDate#iso()}.
 */
public final class CleanPages {
    private CleanPages() {
    }

    /**
     * @param fetch the response the page came from (requested URL, final URL, fetch time)
     * @param page the cleaned page
     * @param site the registrable domain, also the record key
     * @return the record
     */
    public static CleanPage toRecord(FetchResult fetch, CleanedPage page, String site) {
        PageMetadata m = page.metadata();
        List<Block> blocks = new ArrayList<>(page.blocks().size());
        for (newsflow.core.clean.Block b : page.blocks()) {
            blocks.add(Block.newBuilder()
                    .setText(b.text())
                    .setKind(BlockKind.valueOf(b.kind().name()))
                    .setTagPath(b.tagPath())
                    .setInMainContainer(b.inMainContainer())
                    .setLinkDensity(b.linkDensity())
                    .setLinkCount(b.linkCount())
                    .setPosition(b.position())
                    .setLabel(BlockLabel.valueOf(b.label().name()))
                    .setScore(b.score())
                    .setReason(b.reason())
                    .build());
        }
        List<Outlink> outlinks = new ArrayList<>(page.outlinks().size());
        for (CleanedPage.Outlink o : page.outlinks()) {
            outlinks.add(new Outlink(o.url(), o.anchorText()));
        }
        return CleanPage.newBuilder()
                .setUrl(fetch.url())
                .setFinalUrl(fetch.finalUrl())
                .setCanonicalUrl(m.canonicalUrl())
                .setSite(site)
                .setFetchedAt(fetch.fetchedAt())
                .setHttpStatus(page.httpStatus())
                .setTruncated(fetch.truncated())
                .setContentType(page.contentType())
                .setCharset(page.charset())
                .setCharsetSource(CharsetSource.valueOf(page.charsetSource().name()))
                .setHtmlLang(m.htmlLang())
                .setHtmlDir(m.htmlDir())
                .setTitleCandidates(new TitleCandidates(m.titles().titleTag(), m.titles().ogTitle(), m.titles().h1(),
                        m.titles().jsonLdHeadline()))
                .setTitle(m.title())
                .setAuthors(m.authors())
                .setPublished(date(m.published()))
                .setModified(date(m.modified()))
                .setDescription(m.description())
                .setSiteName(m.siteName())
                .setJsonLdLanguage(m.jsonLdLanguage())
                .setJsonLdArticleBody(m.jsonLdArticleBody())
                .setBlocks(blocks)
                .setOutlinks(outlinks)
                .setWarcRecordId(null)
                .build();
    }

    private static newsflow.schemas.PageDate date(PageDate d) {
        if (d == null) {
            return null;
        }
        return new newsflow.schemas.PageDate(d.raw(), d.iso(), DateSource.valueOf(d.source().name()));
    }
}
