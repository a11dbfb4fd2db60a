package newsflow.ingest.fetch;

/** Decides, before the fetcher follows a redirect, whether the next hop may be fetched, and waits for its turn. */
@FunctionalInterface
public interface HopPolicy {
    /** Follows every redirect at once. */
    HopPolicy ANY = url -> null;

    /**
     * @param url the URL the redirect points to (the site's own form)
     * @return null to follow it, or why it is refused (e.g. {@code robots.txt disallows it})
     * @throws InterruptedException when interrupted while waiting for politeness
     */
    String check(String url) throws InterruptedException;
}
