package newsflow.schemas;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * The headers every record on {@link Topics#DLQ} carries, written by the crawler and by the topology
 * alike. The names of the error and coordinate headers are the ones Kafka Streams' built-in
 * dead-letter queue writes (KIP-1034), so tools that read those read ours; {@link #URL} and
 * {@link #STAGE} are newsflow's. Values are UTF-8 strings; numbers are written in decimal.
 *
 * <p>The record's key and value are the original bytes (the frontier record's, the page's body, or the
 * {@code news.pages} record's), so nothing is lost and a fixed pipeline can replay them.
 */
public final class DeadLetterHeaders {
    /** Fully qualified class name of the exception, or a short error kind ({@code undecodable-page}). */
    public static final String EXCEPTION = "__streams.errors.exception";
    /** The error message, one line. */
    public static final String MESSAGE = "__streams.errors.message";
    /** Stack trace of the exception, when there is one. */
    public static final String STACKTRACE = "__streams.errors.stacktrace";
    /** Topic of the record that failed. */
    public static final String TOPIC = "__streams.errors.topic";
    /** Partition of the record that failed. */
    public static final String PARTITION = "__streams.errors.partition";
    /** Offset of the record that failed. */
    public static final String OFFSET = "__streams.errors.offset";
    /** URL of the page concerned, when known. */
    public static final String URL = "newsflow.url";
    /** Pipeline stage that failed: {@code ingest.fetch}, {@code ingest.clean}, {@code enrich.deserialize}, … */
    public static final String STAGE = "newsflow.stage";

    private DeadLetterHeaders() {
    }

    /**
     * Builds a dead-letter record with the headers above.
     *
     * @param key the original key bytes, or null
     * @param value the original value bytes, or null
     * @param error the kind of error (an exception class name or a short kind)
     * @param message one-line message
     * @param stage the pipeline stage
     * @param url the page URL, or null when unknown
     * @param topic source topic, or null when the failure has no source record
     * @param partition source partition, or -1
     * @param offset source offset, or -1
     * @return a record for {@link Topics#DLQ}
     */
    public static ProducerRecord<byte[], byte[]> record(byte[] key, byte[] value, String error, String message,
            String stage, String url, String topic, int partition, long offset) {
        ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(Topics.DLQ, key, value);
        Headers h = r.headers();
        put(h, EXCEPTION, error);
        put(h, MESSAGE, message == null ? "" : message.replaceAll("\\s+", " "));
        put(h, STAGE, stage);
        if (url != null) {
            put(h, URL, url);
        }
        if (topic != null) {
            put(h, TOPIC, topic);
            put(h, PARTITION, Integer.toString(partition));
            put(h, OFFSET, Long.toString(offset));
        }
        return r;
    }

    /** Size of the original value in bytes, when the dead letter had to leave the value out. */
    public static final String VALUE_BYTES = "newsflow.value.bytes";
    /** Bytes a record costs beyond its key, value and headers (record and batch framing), counted generously. */
    static final int RECORD_OVERHEAD_BYTES = 256;

    /**
     * Makes a dead letter fit in {@code maxBytes} (the producer's {@code max.request.size}, less
     * margin), so the dead letter itself is never too large: first the stack trace goes, then the value
     * (its size stays in {@link #VALUE_BYTES}), then the message is cut.
     *
     * @param r a dead letter from {@link #record}
     * @param maxBytes the size it must fit in, bytes
     * @return {@code r}, or a smaller copy
     */
    public static ProducerRecord<byte[], byte[]> fit(ProducerRecord<byte[], byte[]> r, int maxBytes) {
        if (size(r) <= maxBytes) {
            return r;
        }
        r.headers().remove(STACKTRACE);
        if (size(r) > maxBytes && r.value() != null) {
            ProducerRecord<byte[], byte[]> noValue = new ProducerRecord<>(r.topic(), r.partition(), r.timestamp(), r.key(),
                    null, r.headers());
            put(noValue.headers(), VALUE_BYTES, Integer.toString(r.value().length));
            r = noValue;
        }
        String message = get(r.headers(), MESSAGE);
        if (size(r) > maxBytes && message != null) {
            int excess = size(r) - maxBytes;
            byte[] m = message.getBytes(StandardCharsets.UTF_8);
            put(r.headers(), MESSAGE, new String(m, 0, Math.max(0, m.length - excess - 3), StandardCharsets.UTF_8) + "...");
        }
        return r;
    }

    /** @return the bytes {@code r} takes on the wire, roughly: key, value, headers and framing */
    public static int size(ProducerRecord<byte[], byte[]> r) {
        int n = RECORD_OVERHEAD_BYTES + (r.key() == null ? 0 : r.key().length) + (r.value() == null ? 0 : r.value().length);
        for (var h : r.headers()) {
            n += h.key().length() + (h.value() == null ? 0 : h.value().length) + 8;
        }
        return n;
    }

    /** @return the header's last value as a UTF-8 string, or null when absent */
    public static String get(Headers headers, String name) {
        var h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void put(Headers h, String name, String value) {
        h.remove(name);
        h.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
