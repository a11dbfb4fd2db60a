package newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import newsflow.schemas.DeadLetterHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

class DeadLetterHandlersTest {
    private static final byte[] KEY = "news.example".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VALUE = {0, 0, 0, 0, 7, 1, 2, 3};

    private static final ErrorHandlerContext CONTEXT = new ErrorHandlerContext() {
        public String topic() {
            return "news.pages";
        }

        public int partition() {
            return 2;
        }

        public long offset() {
            return 41;
        }

        public Headers headers() {
            return new RecordHeaders();
        }

        public String processorNodeId() {
            return EnrichTopology.ARTICLE_STEP;
        }

        public TaskId taskId() {
            return new TaskId(0, 2);
        }

        public long timestamp() {
            return 0;
        }

        public byte[] sourceRawKey() {
            return KEY;
        }

        public byte[] sourceRawValue() {
            return VALUE;
        }
    };

    @Test
    void shouldResumeWithTheSourceBytesAndCoordinatesWhenProcessingThrows() {
        var page = Pages.page("https://news.example/x.html", "X", null, "text");
        ProcessingExceptionHandler.Response r = new DeadLetterProcessingHandler()
                .handleError(CONTEXT, new Record<>("news.example", page, 0L), new IllegalStateException("boom"));
        assertThat(r.result()).isEqualTo(ProcessingExceptionHandler.Result.RESUME);
        ProducerRecord<byte[], byte[]> d = r.deadLetterQueueRecords().get(0);
        assertThat(d.topic()).isEqualTo("news.dlq");
        assertThat(d.key()).isEqualTo(KEY);
        assertThat(d.value()).isEqualTo(VALUE);
        assertThat(header(d, DeadLetterHeaders.EXCEPTION)).isEqualTo("java.lang.IllegalStateException");
        assertThat(header(d, DeadLetterHeaders.MESSAGE)).isEqualTo("boom");
        assertThat(header(d, DeadLetterHeaders.URL)).isEqualTo("https://news.example/x.html");
        assertThat(header(d, DeadLetterHeaders.PARTITION)).isEqualTo("2");
        assertThat(header(d, DeadLetterHeaders.OFFSET)).isEqualTo("41");
        assertThat(header(d, DeadLetterHeaders.STACKTRACE)).contains("IllegalStateException");
    }

    @Test
    void shouldSendATooLargeRecordAsKeySizeAndHeadersOnly() {
        ProducerRecord<byte[], byte[]> big = new ProducerRecord<>("news.articles", KEY, new byte[2_000_000]);
        ProductionExceptionHandler.Response r = new DeadLetterProductionHandler()
                .handleError(CONTEXT, big, new RecordTooLargeException("too large"));
        assertThat(r.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        ProducerRecord<byte[], byte[]> d = r.deadLetterQueueRecords().get(0);
        assertThat(d.value()).isNull();
        assertThat(header(d, "newsflow.value.bytes")).isEqualTo("2000000");
        assertThat(header(d, DeadLetterHeaders.STAGE)).isEqualTo("enrich.produce");
    }

    @Test
    void shouldRetryRetriableBrokerErrors() {
        ProducerRecord<byte[], byte[]> rec = new ProducerRecord<>("news.articles", KEY, VALUE);
        assertThat(new DeadLetterProductionHandler().handleError(CONTEXT, rec, new TimeoutException("slow")).result())
                .isEqualTo(ProductionExceptionHandler.Result.RETRY);
    }

    private static String header(ProducerRecord<byte[], byte[]> r, String name) {
        return DeadLetterHeaders.get(r.headers(), name);
    }
}
