package newsflow.ingest.fetch;

/**
 * A fetch that produced no response: connection refused, timeout, too many redirects, a bad URL — or a
 * fetch newsflow refused to make ({@link #isRefused()}: a redirect robots.txt disallows, a private address).
 */
public final class FetchException extends Exception {
    private final String url;
    private final boolean refused;

    public FetchException(String url, String message, Throwable cause) {
        this(url, message, cause, false);
    }

    FetchException(String url, String message, Throwable cause, boolean refused) {
        super(message + " (url=" + url + ")", cause);
        this.url = url;
        this.refused = refused;
    }

    /** @return true when newsflow refused the fetch (policy), false when the network or the server failed */
    public boolean isRefused() {
        return refused;
    }

    /** @return the URL that could not be fetched */
    public String url() {
        return url;
    }
}
