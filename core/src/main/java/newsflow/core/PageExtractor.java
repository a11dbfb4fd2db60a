package newsflow.core;

import java.util.ArrayList;
import java.util.List;
import newsflow.core.clean.PageCleaner;

/**
 * The per-page function (DESIGN.md, "One per-page function"): decode → clean → label blocks →
 * enrich, for one response or for the pages of one article split over several. Used by the crawler,
 * the topology, {@code newsflow extract} and the benchmarks alike. Pure, deterministic, thread-safe;
 * no Kafka, no network.
 */
public final class PageExtractor {
    private final PageCleaner cleaner = new PageCleaner();
    private final ArticleBuilder builder = new ArticleBuilder();

    /** @return the page and its article, or the reason it holds none */
    public Extraction extract(PageInput page) {
        return extract(page, List.of());
    }

    /**
     * @param first the first page of the article
     * @param nextPages the following pages, in order ({@code rel=next}); pages that are not HTML are skipped
     * @return the first page and the whole article, or the reason there is none
     */
    public Extraction extract(PageInput first, List<PageInput> nextPages) {
        PageCleaner.Result r = cleaner.clean(first, !nextPages.isEmpty());
        if (r.rejection() != null) {
            return Extraction.rejected(r.page(), r.rejection());
        }
        List<CleanedPage> pages = new ArrayList<>();
        pages.add(r.page());
        for (int i = 0; i < nextPages.size(); i++) {
            PageCleaner.Result n = cleaner.clean(nextPages.get(i), i < nextPages.size() - 1);
            if (n.rejection() == null) {
                pages.add(n.page());
            }
        }
        return builder.build(pages);
    }

    /** @return the cleaner, for callers that send cleaned pages on (the crawler) */
    public PageCleaner cleaner() {
        return cleaner;
    }

    /** @return the article builder, for callers that start from cleaned pages (the topology) */
    public ArticleBuilder builder() {
        return builder;
    }
}
