package dev.presync.flink.job;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;

/**
 * Throws once, mid-stream: after {@code after} events and some hundred events after a checkpoint
 * has completed, so the job must restore from that checkpoint and redo what came after it. Until then it slows the stream a little, so that
 * checkpoints happen while there is still input to read. The flags are static because the test
 * and the mini cluster share one JVM.
 */
final class FailOnce extends RichMapFunction<TimedEvent, TimedEvent> implements CheckpointListener {
    private static final long serialVersionUID = 1L;
    static final AtomicBoolean FAILED = new AtomicBoolean();
    static final AtomicInteger CHECKPOINTS = new AtomicInteger();
    /** System.nanoTime() when it threw, and when a restored instance opened again (for the figures). */
    static final AtomicLong FAILED_AT = new AtomicLong();
    static final AtomicLong REOPENED_AT = new AtomicLong();
    private final int after;
    /** Events it lets through after a checkpoint before it throws, so there is work to redo. */
    private static final int AFTER_CHECKPOINT = 300;
    private transient int seen;
    private transient int seenAtCheckpoint;

    FailOnce(int after) {
        this.after = after;
    }

    @Override
    public void open(org.apache.flink.configuration.Configuration parameters) {
        if (FAILED.get()) {
            REOPENED_AT.compareAndSet(0, System.nanoTime());
        }
    }

    @Override
    public TimedEvent map(TimedEvent event) throws Exception {
        if (!FAILED.get()) {
            ++seen;
            if (seen % 5 == 0) {
                Thread.sleep(1);
            }
            if (seen >= after && seenAtCheckpoint > 0 && seen - seenAtCheckpoint >= AFTER_CHECKPOINT
                    && FAILED.compareAndSet(false, true)) {
                FAILED_AT.set(System.nanoTime());
                throw new IllegalStateException("injected failure after " + seen + " events");
            }
        }
        return event;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
        CHECKPOINTS.incrementAndGet();
        if (seenAtCheckpoint == 0) {
            seenAtCheckpoint = seen;
        }
    }
}
