package dev.presync.sync.replay;

/**
 * Counts of a replay so far. Every input record is in exactly one of events, ignored and bad;
 * echoes and unchanged count what the engine made of events (echoes include those the simulated
 * systems sent back); the command counts are one per command result.
 */
public final class ReplayStats {
    long events;
    long ignored;
    long bad;
    long echoes;
    long unchanged;
    long sent;
    long skipped;
    long stopped;
    long failed;
    long oscillations;

    /** Input records read: events + ignored + bad. */
    public long records() {
        return events + ignored + bad;
    }

    public long events() {
        return events;
    }

    public long ignored() {
        return ignored;
    }

    public long bad() {
        return bad;
    }

    public long echoes() {
        return echoes;
    }

    public long unchanged() {
        return unchanged;
    }

    public long sent() {
        return sent;
    }

    public long skipped() {
        return skipped;
    }

    public long stopped() {
        return stopped;
    }

    public long failed() {
        return failed;
    }

    public long oscillations() {
        return oscillations;
    }
}
