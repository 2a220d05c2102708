package dev.presync.flink.connect;

/**
 * The clock and the sleep the Connect writer waits on. Production uses the system's; tests pass a
 * simulated one so that rate limits and back-off are checked against simulated time, never the
 * wall clock.
 */
public interface TimeSource {
    /** A monotonic time in nanoseconds, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Waits {@code nanos} nanoseconds (nothing when not positive). */
    void sleep(long nanos) throws InterruptedException;

    /** The system's monotonic clock and {@link Thread#sleep}. */
    TimeSource SYSTEM = new TimeSource() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(long nanos) throws InterruptedException {
            if (nanos > 0) {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        }
    };
}
