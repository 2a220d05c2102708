package dev.presync.sync.replay;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Merges inputs by time, streaming: it holds one timed item per input, so memory stays flat however
 * long the inputs are. Each input is expected in time order; on equal times the earlier input in
 * the list goes first. Items without a time (bad or ignored ones) come out as soon as they are
 * read, so each is reported once. An item earlier than the one before it in its own input cannot
 * be put back in its place without holding the whole input; it is replayed where it stands and
 * reported to {@link ReplayListener#outOfOrder}, since the merge around it is then off.
 */
public final class MergedInputs implements ReplaySource {
    private final List<ReplaySource> inputs;
    private final ReplayItem[] heads;
    private final boolean[] done;
    private final Instant[] latest;
    private final ReplayListener listener;

    /** Merges {@code inputs}, telling nobody about items out of order. */
    public MergedInputs(List<? extends ReplaySource> inputs) {
        this(inputs, new ReplayListener() { });
    }

    /** Merges {@code inputs}; {@code listener} hears of each item earlier than one before it in its input. */
    public MergedInputs(List<? extends ReplaySource> inputs, ReplayListener listener) {
        this.inputs = List.copyOf(inputs);
        this.heads = new ReplayItem[inputs.size()];
        this.done = new boolean[inputs.size()];
        this.latest = new Instant[inputs.size()];
        this.listener = listener;
    }

    @Override
    public ReplayItem next() throws IOException {
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] == null && !done[i]) {
                heads[i] = inputs.get(i).next();
                done[i] = heads[i] == null;
                checkOrder(i);
            }
            if (heads[i] != null && !(heads[i] instanceof ReplayItem.Timed)) {
                return take(i);
            }
        }
        int best = -1;
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] != null && (best < 0 || time(i).compareTo(time(best)) < 0)) {
                best = i;
            }
        }
        return best < 0 ? null : take(best);
    }

    private void checkOrder(int i) {
        if (heads[i] instanceof ReplayItem.Timed timed) {
            if (latest[i] != null && timed.time().isBefore(latest[i])) {
                listener.outOfOrder(timed, latest[i]);
            } else {
                latest[i] = timed.time();
            }
        }
    }

    private Instant time(int i) {
        return ((ReplayItem.Timed) heads[i]).time();
    }

    private ReplayItem take(int i) {
        ReplayItem item = heads[i];
        heads[i] = null;
        return item;
    }
}
