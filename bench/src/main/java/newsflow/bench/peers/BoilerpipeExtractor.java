package newsflow.bench.peers;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.nio.charset.StandardCharsets;
import newsflow.bench.Corpus;

/** boilerpipe 1.2.2's ArticleExtractor (Kohlschütter et al., WSDM 2010): shallow text features per block. */
public final class BoilerpipeExtractor implements Extractor {
    @Override
    public String name() {
        return "boilerpipe";
    }

    @Override
    public String extract(Corpus.Page page) {
        try {
            String text = ArticleExtractor.INSTANCE.getText(new String(page.html(), StandardCharsets.UTF_8));
            return text == null ? "" : text;
        } catch (BoilerpipeProcessingException | RuntimeException e) {
            return "";
        }
    }
}
