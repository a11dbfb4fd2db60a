package newsflow.bench.peers;

import java.time.Instant;
import newsflow.bench.Corpus;
import newsflow.core.Extraction;
import newsflow.core.PageExtractor;
import newsflow.core.PageInput;
import newsflow.core.decode.HttpHead;

/** newsflow's per-page path, all of it: decode the bytes, clean, label blocks, enrich (language, sentences, simhash). */
public final class NewsflowExtractor implements Extractor {
    private static final Instant FETCHED = Instant.parse("2026-01-01T00:00:00Z");
    private final PageExtractor extractor = new PageExtractor();

    @Override
    public String name() {
        return "newsflow";
    }

    @Override
    public String extract(Corpus.Page page) {
        Extraction e = extractor.extract(new PageInput(page.url(), HttpHead.NONE, page.html(), FETCHED));
        return e.article() == null ? "" : e.article().text();
    }
}
