package newsflow.enrich.topology;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Output failures: an Article too large for {@code news.articles} goes to {@code news.dlq} as key, size
 * and headers only (DESIGN.md, "DLQ"); an Article that cannot be serialized (a schema the registry
 * refuses) goes there with the source page's bytes; retriable broker errors are retried; anything else
 * fails the task, which restarts from its last commit.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

    @Override
    public Response handleError(ErrorHandlerContext ctx, ProducerRecord<byte[], byte[]> record, Exception e) {
        if (e instanceof RecordTooLargeException) {
            int size = record.value() == null ? 0 : record.value().length;
            log.warn("record too large for topic={}, to the dead-letter topic: source topic={} partition={} offset={} bytes={}",
                    record.topic(), ctx.topic(), ctx.partition(), ctx.offset(), size);
            ProducerRecord<byte[], byte[]> d = DeadLetters.of(ctx, null, e, "enrich.produce", null, true);
            d.headers().add("newsflow.value.bytes", Integer.toString(size).getBytes());
            return Response.resume(List.of(d));
        }
        if (e instanceof RetriableException) {
            return Response.retry();
        }
        return Response.fail();
    }

    @Override
    public Response handleSerializationError(ErrorHandlerContext ctx, ProducerRecord record, Exception e,
            SerializationExceptionOrigin origin) {
        log.warn("output cannot be serialized, source to the dead-letter topic: topic={} partition={} offset={} error={}",
                ctx.topic(), ctx.partition(), ctx.offset(), e.toString());
        return Response.resume(List.of(DeadLetters.of(ctx, null, e, "enrich.serialize", null, false)));
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
