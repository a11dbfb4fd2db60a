package newsflow.ingest.politeness;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Per-host politeness: at least {@code delay} between the start of two fetches from one host, where
 * the delay is the host's robots.txt {@code Crawl-delay} when it gives one, else the configured
 * default, and never more than the configured maximum (a robots.txt asking for an hour between fetches
 * is capped, not obeyed to the letter). Thread-safe.
 */
public final class HostPoliteness {
    /** Waits; {@code Thread::sleep} in production, a fake clock's advance in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final long defaultDelayMs;
    private final long maxDelayMs;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final Map<String, Long> nextAllowedNanos = new HashMap<>();

    /**
     * @param defaultDelayMs delay between fetches from one host when robots.txt gives none, ms
     * @param maxDelayMs cap on any robots.txt crawl-delay, ms
     * @param nanoTime clock
     * @param sleeper how to wait
     */
    public HostPoliteness(long defaultDelayMs, long maxDelayMs, LongSupplier nanoTime, Sleeper sleeper) {
        this.defaultDelayMs = defaultDelayMs;
        this.maxDelayMs = maxDelayMs;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    /**
     * @param crawlDelayMs the host's robots.txt crawl-delay in ms, or -1 when it gives none
     * @return the delay applied to the host, ms
     */
    public long delayFor(long crawlDelayMs) {
        return Math.min(crawlDelayMs >= 0 ? crawlDelayMs : defaultDelayMs, maxDelayMs);
    }

    /**
     * Blocks until {@code host} may be fetched, then books its next slot {@code delayMs} later.
     *
     * @param host lower-case host name
     * @param delayMs the delay to keep after this fetch, ms ({@link #delayFor})
     * @return how long the caller waited, ms
     * @throws InterruptedException when interrupted while waiting
     */
    public long acquire(String host, long delayMs) throws InterruptedException {
        long waitMs;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            long next = nextAllowedNanos.getOrDefault(host, now);
            long start = next - now > 0 ? next : now;
            waitMs = (start - now) / 1_000_000;
            nextAllowedNanos.put(host, start + delayMs * 1_000_000);
        }
        if (waitMs > 0) {
            sleeper.sleep(waitMs);
        }
        return waitMs;
    }
}
