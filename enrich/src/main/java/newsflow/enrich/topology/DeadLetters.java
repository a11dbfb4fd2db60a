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

    static ProducerRecord<byte[], byte[]> of(ErrorHandlerContext ctx, Object value, Exception e, String stage,
            byte[] overrideValue, boolean dropValue) {
        String url = value instanceof CleanPage p ? p.getFinalUrl() : null;
        byte[] v = dropValue ? null : overrideValue != null ? overrideValue : ctx.sourceRawValue();
        ProducerRecord<byte[], byte[]> r = DeadLetterHeaders.record(ctx.sourceRawKey(), v, e.getClass().getName(),
                String.valueOf(e.getMessage()), stage, url, ctx.topic(), ctx.partition(), ctx.offset());
        java.io.StringWriter w = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(w));
        String trace = w.toString();
        r.headers().add(DeadLetterHeaders.STACKTRACE,
                trace.substring(0, Math.min(trace.length(), 8192)).getBytes(StandardCharsets.UTF_8));
        return r;
    }
}
