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
 * exception and its source coordinates; the stream thread goes on with the next page.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);

    @Override
    public Response handleError(ErrorHandlerContext ctx, Record<?, ?> record, Exception e) {
        Object value = record == null ? null : record.value();
        log.warn("processing failed, page to the dead-letter topic: topic={} partition={} offset={} url={} error={}",
                ctx.topic(), ctx.partition(), ctx.offset(), value instanceof CleanPage p ? p.getFinalUrl() : null,
                e.toString());
        return Response.resume(List.of(DeadLetters.of(ctx, value, e, "enrich.process", null, false)));
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
