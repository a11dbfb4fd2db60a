package newsflow.ingest.fetch;

/** A fetch that produced no response: connection refused, timeout, too many redirects, a bad URL. */
public final class FetchException extends Exception {
    private final String url;

    public FetchException(String url, String message, Throwable cause) {
        super(message + " (url=" + url + ")", cause);
        this.url = url;
    }

    /** @return the URL that could not be fetched */
    public String url() {
        return url;
    }
}
