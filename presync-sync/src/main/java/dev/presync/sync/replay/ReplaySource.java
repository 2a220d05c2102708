package dev.presync.sync.replay;

import java.io.IOException;

/** Replay input read one record at a time, in the order of the source (for timed items, time order). */
@FunctionalInterface
public interface ReplaySource {
    /** The next item, or null at the end. */
    ReplayItem next() throws IOException;
}
