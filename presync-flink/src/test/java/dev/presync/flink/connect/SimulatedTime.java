package dev.presync.flink.connect;

/** A clock that moves only when someone sleeps: rate limits and back-off checked without the wall clock. */
final class SimulatedTime implements TimeSource {
    long now = 1_000_000_000L;
    long slept;

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public void sleep(long nanos) {
        if (nanos > 0) {
            now += nanos;
            slept += nanos;
        }
    }
}
