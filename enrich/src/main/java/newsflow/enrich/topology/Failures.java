package newsflow.enrich.topology;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

/** What the exception handlers share: how large a dead letter may be. */
final class Failures {
    /** Producer max.request.size when not configured (Kafka's default), bytes. */
    static final int DEFAULT_MAX_REQUEST_BYTES = 1_048_576;
    /** Room left for record and batch framing under max.request.size, bytes. */
    static final int HEADROOM_BYTES = 1_024;

    private Failures() {
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
