package newsflow.core;

import java.time.Instant;
import java.util.Objects;
import newsflow.core.decode.HttpHead;

/**
 * One HTTP response to run through the per-page path.
 *
 * @param url the URL the body was fetched from (after redirects)
 * @param head status line and headers as received; {@link HttpHead#NONE} when unknown
 * @param body the body bytes, content-encoding (gzip) already undone
 * @param fetchedAt when it was fetched; dates after this (plus a day) are refused as noise
 */
public record PageInput(String url, HttpHead head, byte[] body, Instant fetchedAt) {
    public PageInput {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }
}
