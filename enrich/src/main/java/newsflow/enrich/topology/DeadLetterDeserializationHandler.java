package newsflow.enrich.topology;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code news.pages} record that cannot be deserialized (not the Confluent wire format, an unknown
 * schema id, a schema that does not resolve) goes to {@code news.dlq} with its original bytes and
 * coordinates; the stream thread goes on.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);

    private int maxRecordBytes = Failures.DEFAULT_MAX_REQUEST_BYTES - Failures.HEADROOM_BYTES;

    @Override
    public Response handleError(ErrorHandlerContext ctx, ConsumerRecord<byte[], byte[]> record, Exception e) {
        if (newsflow.schemas.registry.SchemaRegistryException.isTransient(e)) {
            log.error("schema registry unavailable, failing the task to retry: topic={} partition={} offset={} error={}",
                    ctx.topic(), ctx.partition(), ctx.offset(), e.toString());
            return Response.fail();
        }
        log.warn("undeserializable record to the dead-letter topic: topic={} partition={} offset={} error={}",
                ctx.topic(), ctx.partition(), ctx.offset(), e.toString());
        return Response.resume(List.of(newsflow.schemas.DeadLetterHeaders.fit(
                DeadLetters.of(ctx, null, e, "enrich.deserialize", null, true, true), maxRecordBytes)));
    }

    @Override
    public void configure(Map<String, ?> configs) {
        maxRecordBytes = Failures.maxRecordBytes(configs);
    }
}
