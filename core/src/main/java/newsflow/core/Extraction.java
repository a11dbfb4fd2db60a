package newsflow.core;

import java.util.Optional;

/**
 * The outcome of the per-page path: a cleaned page, and the article it holds — or a reason why the
 * response is not an article (not HTML, an error status, no main content).
 *
 * @param page the cleaned page; null when the response could not be read as HTML at all
 * @param article the article; null when {@code rejection} is set
 * @param rejection why there is no article, one line; null when there is one
 */
public record Extraction(CleanedPage page, ArticleText article, String rejection) {

    static Extraction rejected(CleanedPage page, String reason) {
        return new Extraction(page, null, reason);
    }

    /** @return the article, if the page holds one */
    public Optional<ArticleText> articleIfAny() {
        return Optional.ofNullable(article);
    }
}
