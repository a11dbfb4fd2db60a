package newsflow.testkit.process;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a condition with a deadline, checking it every {@value #POLL_MS} ms: readiness is awaited,
 * never assumed after a fixed sleep.
 */
public final class Await {
    /** Interval between checks, in milliseconds. */
    public static final long POLL_MS = 50;

    private Await() {
    }

    /**
     * @param what description for the error message, e.g. "kafka-node-1 to accept connections"
     * @param timeout the deadline from now
     * @param condition checked until it returns true; exceptions it throws count as false, except
     *     {@link Fatal}, which ends the wait at once
     * @param diagnostics called on timeout for context to put in the message (e.g. a log tail)
     * @throws IllegalStateException when the deadline passes, with {@code what} and the diagnostics
     */
    public static void until(String what, Duration timeout, BooleanSupplier condition, Supplier<String> diagnostics) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (Fatal e) {
                throw new IllegalStateException(e.getMessage(), e.getCause());
            } catch (RuntimeException e) {
                last = e;
            }
            if (System.nanoTime() - deadline > 0) {
                IllegalStateException e = new IllegalStateException("timed out after " + timeout + " waiting for "
                        + what + "\n" + diagnostics.get());
                if (last != null) {
                    e.addSuppressed(last);
                }
                throw e;
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + what, e);
            }
        }
    }

    /** Thrown by a condition when waiting longer cannot help (the process died): ends the wait at once. */
    public static final class Fatal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Fatal(String message) {
            super(message);
        }
    }
}
