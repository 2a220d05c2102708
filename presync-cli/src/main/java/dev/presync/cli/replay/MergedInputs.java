package dev.presync.cli.replay;

import java.io.IOException;
import java.util.List;

/**
 * Merges the inputs by time, streaming: it holds one timed item per input. Each input is
 * expected in time order; on equal times the earlier input in the list goes first. Lines without
 * a time (bad or ignored ones) come out as soon as they are read, so each is reported once.
 */
final class MergedInputs {
    private final List<InputFile> inputs;
    private final ReplayItem[] heads;
    private final boolean[] done;

    MergedInputs(List<InputFile> inputs) {
        this.inputs = List.copyOf(inputs);
        this.heads = new ReplayItem[inputs.size()];
        this.done = new boolean[inputs.size()];
    }

    /** The next item, or null when every input is finished. */
    ReplayItem next() throws IOException {
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] == null && !done[i]) {
                heads[i] = inputs.get(i).next();
                done[i] = heads[i] == null;
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

    private java.time.Instant time(int i) {
        return ((ReplayItem.Timed) heads[i]).time();
    }

    private ReplayItem take(int i) {
        ReplayItem item = heads[i];
        heads[i] = null;
        return item;
    }
}
