package newsflow.enrich.topology;

import java.io.IOException;
import java.util.Map;
import newsflow.schemas.registry.SchemaRegistryException;
import org.apache.kafka.clients.producer.ProducerConfig;

/** What the exception handlers share: is a failure the record's fault, and how large may a dead letter be. */
final class Failures {
    /** Producer max.request.size when not configured (Kafka's default), bytes. */
    static final int DEFAULT_MAX_REQUEST_BYTES = 1_048_576;
    /** Room left for record and batch framing under max.request.size, bytes. */
    static final int HEADROOM_BYTES = 1_024;

    private Failures() {
    }

    /**
     * @return true when {@code e} comes from an unreachable or failing Schema Registry (5xx, I/O): the record
     *     is not at fault, and must be retried rather than dead-lettered
     */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SchemaRegistryException r) {
                return r.isRetriable();
            }
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** @return the largest record the Streams producer may send, from the handler's configs, less headroom */
    static int maxRecordBytes(Map<String, ?> configs) {
        Object v = configs.get("producer." + ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        if (v == null) {
            v = configs.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        }
        int max = v == null ? DEFAULT_MAX_REQUEST_BYTES : Integer.parseInt(v.toString().trim());
        return Math.max(512, max - HEADROOM_BYTES);
    }
}
