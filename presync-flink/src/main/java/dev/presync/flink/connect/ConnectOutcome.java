package dev.presync.flink.connect;

/**
 * What became of one {@link ConnectCommand} at the Connect sink; every command gets exactly one,
 * on the sink's side output, so nothing is dropped silently.
 */
public class ConnectOutcome {
    public enum Kind {
        /** Connect answered 200. */
        SENT,
        /** Not sent: the engine found the target already has (or was asked for) the status. */
        SKIPPED,
        /** Not sent: a newer status for the same agent replaced it while it waited for the rate limit. */
        COALESCED,
        /** Not sent: a validation error, an unknown user or status, or retries used up; see the reason. */
        FAILED
    }

    public ConnectCommand command;
    public Kind kind;
    public String reason;
    /** Requests made for it (retries included); 0 when none was made. */
    public int attempts;
    /** The writer's clock ({@link TimeSource#nanoTime()}) when the last request was made; 0 when none. */
    public long atNanos;

    public ConnectOutcome() {
    }

    public ConnectOutcome(ConnectCommand command, Kind kind, String reason, int attempts, long atNanos) {
        this.command = command;
        this.kind = kind;
        this.reason = reason;
        this.attempts = attempts;
        this.atNanos = atNanos;
    }

    @Override
    public String toString() {
        return kind + " " + command + (reason == null || reason.isEmpty() ? "" : ": " + reason)
                + (attempts > 1 ? " after " + attempts + " attempts" : "");
    }
}
