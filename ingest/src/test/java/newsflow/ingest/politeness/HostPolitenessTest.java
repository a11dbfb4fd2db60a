package newsflow.ingest.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostPolitenessTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final List<Long> waits = new ArrayList<>();
    private final HostPoliteness p = new HostPoliteness(1000, 5000, nanos::get, ms -> {
        waits.add(ms);
        nanos.addAndGet(ms * 1_000_000);
    });

    @ParameterizedTest
    @CsvSource({"-1, 1000", "0, 0", "2000, 2000", "3600000, 5000"})
    void shouldUseCrawlDelayElseTheDefaultCappedAtTheMaximum(long crawlDelay, long expected) {
        assertThat(p.delayFor(crawlDelay)).isEqualTo(expected);
    }

    @Test
    void shouldSpaceFetchesFromOneHostByTheDelay() throws Exception {
        assertThat(p.acquire("a.example", 1000)).isZero();
        assertThat(p.acquire("a.example", 1000)).isEqualTo(1000);
        nanos.addAndGet(400_000_000L);
        assertThat(p.acquire("a.example", 1000)).isEqualTo(600);
    }

    @Test
    void shouldNotMakeOneHostWaitForAnother() throws Exception {
        p.acquire("a.example", 1000);
        assertThat(p.acquire("b.example", 1000)).isZero();
    }
}
