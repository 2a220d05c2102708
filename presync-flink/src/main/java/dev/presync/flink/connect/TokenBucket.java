package dev.presync.flink.connect;

/**
 * The account-wide request budget for PutUserStatus: {@code ratePerSecond} tokens a second, at
 * most {@code burst} saved up. Amazon Connect's default quota is 2 requests a second with a burst
 * of 5 per account; a job that spends more is throttled, so the writer spends from this bucket
 * before every request, retries included.
 */
public final class TokenBucket {
    private static final long SECOND = 1_000_000_000L;
    private final double ratePerSecond;
    private final int burst;
    private final TimeSource time;
    private double tokens;
    private long last;

    public TokenBucket(double ratePerSecond, int burst, TimeSource time) {
        if (!(ratePerSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("the rate must be positive and the burst at least 1");
        }
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.time = time;
        this.tokens = burst;
        this.last = time.nanoTime();
    }

    /** Takes a token if one is there now. */
    public boolean tryAcquire() {
        refill();
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Takes a token, waiting for it when the bucket is empty. */
    public void acquire() throws InterruptedException {
        while (!tryAcquire()) {
            time.sleep(nanosUntilToken());
        }
    }

    /** How long until a token is there (0 when one is there now). */
    public long nanosUntilToken() {
        refill();
        return tokens >= 1 ? 0 : Math.max(1, (long) Math.ceil((1 - tokens) * SECOND / ratePerSecond));
    }

    private void refill() {
        long now = time.nanoTime();
        tokens = Math.min(burst, tokens + (now - last) * ratePerSecond / SECOND);
        last = now;
    }
}
