package dev.presync.flink.job;

import org.apache.flink.util.OutputTag;

/**
 * The job's reports for people: bad lines rendered as diagnostics, late events, oscillation
 * warnings and rule-set problems, as the text {@code presync replay} prints on stderr. Counts go to
 * Flink accumulators named after {@link dev.presync.sync.replay.ReplayStats}'s fields.
 */
public final class Reports {
    /** Rendered messages, each ending with a newline. */
    public static final OutputTag<String> TAG = new OutputTag<>("reports") {
    };

    public static final String EVENTS = "events";
    public static final String IGNORED = "ignored";
    public static final String BAD = "bad";
    public static final String ECHOES = "echoes";
    public static final String UNCHANGED = "unchanged";
    public static final String SENT = "sent";
    public static final String SKIPPED = "skipped";
    public static final String STOPPED = "stopped";
    public static final String FAILED = "failed";
    public static final String OSCILLATIONS = "oscillations";
    /** Events that arrived behind the watermark: handled at once, out of time order, and reported. */
    public static final String LATE = "late";

    private Reports() {
    }
}
