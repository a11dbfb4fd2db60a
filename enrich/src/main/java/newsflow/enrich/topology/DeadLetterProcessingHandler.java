package newsflow.enrich.topology;

import java.util.List;
import java.util.Map;
import newsflow.schemas.CleanPage;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page whose processing throws goes to {@code news.dlq} with its original bytes, its URL, the
 * exception and its source coordinates; the stream thread goes on with the next page. An article too
 * large for {@code news.articles} goes there as its id, its size and the page's coordinates. A Schema
 * Registry that cannot be reached fails the task, so the page is retried, not dead-lettered.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);

    private int maxRecordBytes = Failures.DEFAULT_MAX_REQUEST_BYTES - Failures.HEADROOM_BYTES;

    @Override
    public Response handleError(ErrorHandlerContext ctx, Record<?, ?> record, Exception e) {
        Object value = record == null ? null : record.value();
        if (newsflow.schemas.registry.SchemaRegistryException.isTransient(e)) {
            log.error("schema registry unavailable, failing the task to retry: topic={} partition={} offset={} error={}",
                    ctx.topic(), ctx.partition(), ctx.offset(), e.toString());
            return Response.fail();
        }
        if (e instanceof ArticleTooLargeException big) {
            log.warn("article too large for news.articles, key and size to the dead-letter topic: topic={} partition={} "
                    + "offset={} id={} bytes={}", ctx.topic(), ctx.partition(), ctx.offset(), big.articleId(), big.bytes());
            var d = DeadLetters.of(ctx, value, e, "enrich.produce",
                    big.articleId().getBytes(java.nio.charset.StandardCharsets.UTF_8), false, false);
            d.headers().add(newsflow.schemas.DeadLetterHeaders.VALUE_BYTES,
                    Integer.toString(big.bytes()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return Response.resume(List.of(newsflow.schemas.DeadLetterHeaders.fit(d, maxRecordBytes)));
        }
        log.warn("processing failed, page to the dead-letter topic: topic={} partition={} offset={} url={} error={}",
                ctx.topic(), ctx.partition(), ctx.offset(), value instanceof CleanPage p ? p.getFinalUrl() : null,
                e.toString());
        return Response.resume(List.of(newsflow.schemas.DeadLetterHeaders.fit(
                DeadLetters.of(ctx, value, e, "enrich.process", null, true, true), maxRecordBytes)));
    }

    @Override
    public void configure(Map<String, ?> configs) {
        maxRecordBytes = Failures.maxRecordBytes(configs);
    }
}
