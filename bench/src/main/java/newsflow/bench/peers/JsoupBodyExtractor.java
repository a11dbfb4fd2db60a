package newsflow.bench.peers;

import java.nio.charset.StandardCharsets;
import newsflow.bench.Corpus;
import org.jsoup.Jsoup;

/** The floor: Jsoup's text of the whole {@code <body>}, boilerplate and all. */
public final class JsoupBodyExtractor implements Extractor {
    @Override
    public String name() {
        return "jsoup-body";
    }

    @Override
    public String extract(Corpus.Page page) {
        return Jsoup.parse(new String(page.html(), StandardCharsets.UTF_8), page.url()).body().text();
    }
}
