package dev.presync.flink.connect;

import java.util.Random;

/**
 * How long to wait before retrying a throttled or failed request: exponential with full jitter
 * (a random wait between zero and {@code base * 2^attempt}, capped), so that many writers that were
 * throttled together do not retry together.
 *
 * @param attempts how many times a request is tried in all, the first included
 */
public record Backoff(long baseNanos, long capNanos, int attempts) {
    public Backoff {
        if (baseNanos < 1 || capNanos < baseNanos || attempts < 1) {
            throw new IllegalArgumentException("backoff needs 0 < base <= cap and at least one attempt");
        }
    }

    /** 100 ms doubling up to 5 s, 6 attempts. */
    public static Backoff defaults() {
        return new Backoff(100_000_000L, 5_000_000_000L, 6);
    }

    /** The wait before retry number {@code retry} (1 for the first retry). */
    public long delayNanos(int retry, Random random) {
        long ceiling = baseNanos << Math.min(retry - 1, 30);
        ceiling = ceiling <= 0 ? capNanos : Math.min(capNanos, ceiling);
        return (long) (random.nextDouble() * ceiling);
    }
}
