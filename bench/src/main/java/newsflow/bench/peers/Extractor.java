package newsflow.bench.peers;

import newsflow.bench.Corpus;

/** An article extractor under benchmark: page in, article body out. Implementations are thread-confined. */
public interface Extractor {
    /** @return the name printed in the table and the RESULT line, e.g. {@code readability4j} */
    String name();

    /**
     * @param page the page (bytes as fetched, its URL)
     * @return the article body, paragraphs separated by newlines; "" when the extractor finds none
     */
    String extract(Corpus.Page page);
}
