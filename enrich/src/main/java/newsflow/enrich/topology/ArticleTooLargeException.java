package newsflow.enrich.topology;

/** An Article whose serialized record would exceed what the producer may send ({@code max.request.size}). */
public final class ArticleTooLargeException extends RuntimeException {
    private final String articleId;
    private final int bytes;

    ArticleTooLargeException(String articleId, int bytes, int limit) {
        super("article " + articleId + " is " + bytes + " bytes serialized, over the limit of " + limit
                + " bytes (producer max.request.size less headroom)");
        this.articleId = articleId;
        this.bytes = bytes;
    }

    /** @return the id (the record key) of the article */
    public String articleId() {
        return articleId;
    }

    /** @return the serialized size, bytes */
    public int bytes() {
        return bytes;
    }
}
