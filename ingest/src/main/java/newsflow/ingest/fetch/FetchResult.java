package newsflow.ingest.fetch;

import java.time.Instant;
import java.util.List;
import newsflow.core.decode.HttpHead;

/**
 * One fetched response, after redirects and content-encoding.
 *
 * @param url the URL that was requested (the site's own, never an override target)
 * @param finalUrl the URL after redirects; equal to {@code url} when there were none
 * @param head status and headers of the final response
 * @param body the body, gzip/deflate undone, at most the configured {@code max.body.bytes}
 * @param truncated whether the body was cut at {@code max.body.bytes}
 * @param fetchedAt when the final response's body was read
 * @param redirects the URLs redirected through, in order (empty when none)
 */
public record FetchResult(String url, String finalUrl, HttpHead head, byte[] body, boolean truncated, Instant fetchedAt,
        List<String> redirects) {
    public FetchResult {
        redirects = List.copyOf(redirects);
    }

    /** @return the final response's status code */
    public int status() {
        return head.status();
    }
}
