package newsflow.bench.peers;

import java.nio.charset.StandardCharsets;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import newsflow.bench.Corpus;

/** readability4j 1.0.8, a Kotlin port of Mozilla's Readability.js: its article's {@code textContent}. */
public final class Readability4jExtractor implements Extractor {
    @Override
    public String name() {
        return "readability4j";
    }

    @Override
    public String extract(Corpus.Page page) {
        Article a = new Readability4J(page.url(), new String(page.html(), StandardCharsets.UTF_8)).parse();
        String text = a.getTextContent();
        return text == null ? "" : text;
    }
}
