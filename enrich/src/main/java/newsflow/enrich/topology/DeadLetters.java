package newsflow.enrich.topology;

import java.nio.charset.StandardCharsets;
import newsflow.schemas.CleanPage;
import newsflow.schemas.DeadLetterHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/** Builds the topology's dead-letter records from a handler's context: the source record's raw bytes and coordinates. */
final class DeadLetters {
    private DeadLetters() {
    }

    /** Stack traces in headers are cut to this many chars, so a dead letter stays small. */
    static final int MAX_TRACE_CHARS = 4096;

    /**
     * @param ctx the handler's context: source record bytes and coordinates
     * @param value the deserialized source value, when there is one (for its URL)
     * @param e the failure
     * @param stage {@code enrich.deserialize}, {@code enrich.process}, {@code enrich.serialize}, {@code enrich.produce}
     * @param key the key to write; null for the source record's
     * @param withValue whether to write the source value; false gives key and headers only
     * @param withTrace whether to add the stack trace header
     */
    static ProducerRecord<byte[], byte[]> of(ErrorHandlerContext ctx, Object value, Exception e, String stage,
            byte[] key, boolean withValue, boolean withTrace) {
        String url = value instanceof CleanPage p ? p.getFinalUrl() : null;
        ProducerRecord<byte[], byte[]> r = DeadLetterHeaders.record(key != null ? key : ctx.sourceRawKey(),
                withValue ? ctx.sourceRawValue() : null, e.getClass().getName(), String.valueOf(e.getMessage()), stage,
                url, ctx.topic(), ctx.partition(), ctx.offset());
        if (withTrace) {
            java.io.StringWriter w = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(w));
            String trace = w.toString();
            r.headers().add(DeadLetterHeaders.STACKTRACE,
                    trace.substring(0, Math.min(trace.length(), MAX_TRACE_CHARS)).getBytes(StandardCharsets.UTF_8));
        }
        return r;
    }
}
