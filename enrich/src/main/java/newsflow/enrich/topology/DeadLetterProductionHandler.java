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
 * Output failures (the topology checks an Article's size before it forwards it, so these are the
 * exceptions): an Article too large for {@code news.articles} goes to {@code news.dlq} as its key
 * (the article id), its size and headers naming the source page's coordinates, without value or stack
 * trace so the dead letter itself stays small (DESIGN.md, "DLQ"); an Article that cannot be serialized (a schema the registry
 * refuses) goes there with the source page's bytes; retriable broker errors are retried; anything else
 * fails the task, which restarts from its last commit.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

    private int maxRecordBytes = Failures.DEFAULT_MAX_REQUEST_BYTES - Failures.HEADROOM_BYTES;

    @Override
    public Response handleError(ErrorHandlerContext ctx, ProducerRecord<byte[], byte[]> record, Exception e) {
        if (newsflow.schemas.Topics.DLQ.equals(record.topic())) {
            // never a dead letter for a dead letter: they are cut to fit (DeadLetterHeaders.fit), so this is a broker problem
            log.error("dead letter not written: source topic={} partition={} offset={} error={}",
                    ctx.topic(), ctx.partition(), ctx.offset(), e.toString());
            return e instanceof RetriableException ? Response.retry() : Response.fail();
        }
        if (e instanceof RecordTooLargeException) {
            int size = record.value() == null ? 0 : record.value().length;
            log.warn("record too large for topic={}, to the dead-letter topic: source topic={} partition={} offset={} bytes={}",
                    record.topic(), ctx.topic(), ctx.partition(), ctx.offset(), size);
            ProducerRecord<byte[], byte[]> d = DeadLetters.of(ctx, null, e, "enrich.produce", record.key(), false, false);
            d.headers().add(newsflow.schemas.DeadLetterHeaders.VALUE_BYTES, Integer.toString(size).getBytes());
            return Response.resume(List.of(newsflow.schemas.DeadLetterHeaders.fit(d, maxRecordBytes)));
        }
        if (e instanceof RetriableException) {
            return Response.retry();
        }
        return Response.fail();
    }

    @Override
    public Response handleSerializationError(ErrorHandlerContext ctx, ProducerRecord record, Exception e,
            SerializationExceptionOrigin origin) {
        if (newsflow.schemas.registry.SchemaRegistryException.isTransient(e)) {
            log.error("schema registry unavailable, failing the task to retry: topic={} partition={} offset={} error={}",
                    ctx.topic(), ctx.partition(), ctx.offset(), e.toString());
            return Response.fail();
        }
        log.warn("output cannot be serialized, source to the dead-letter topic: topic={} partition={} offset={} error={}",
                ctx.topic(), ctx.partition(), ctx.offset(), e.toString());
        return Response.resume(List.of(newsflow.schemas.DeadLetterHeaders.fit(
                DeadLetters.of(ctx, null, e, "enrich.serialize", null, true, true), maxRecordBytes)));
    }

    @Override
    public void configure(Map<String, ?> configs) {
        maxRecordBytes = Failures.maxRecordBytes(configs);
    }
}
