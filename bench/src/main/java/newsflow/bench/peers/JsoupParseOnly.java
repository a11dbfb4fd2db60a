package newsflow.bench.peers;

import java.nio.charset.StandardCharsets;
import newsflow.bench.Corpus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Jsoup's bare parse of the page, nothing else: the yardstick for the per-page path's cost (issue 5: at most 2×). */
public final class JsoupParseOnly implements Extractor {
    /** Keeps the parse from being optimized away. */
    public static volatile int sink;

    @Override
    public String name() {
        return "jsoup-parse";
    }

    @Override
    public String extract(Corpus.Page page) {
        Document d = Jsoup.parse(new String(page.html(), StandardCharsets.UTF_8), page.url());
        sink += d.childNodeSize();
        return "";
    }
}
