package dev.presync.sync.replay;

import dev.presync.sync.SourceEvent;
import java.time.Instant;

/** One record of a replay input, read: an event at a time, a record deliberately ignored, or a bad one. */
public sealed interface ReplayItem {
    /** Where the record came from, e.g. {@code file:line}. */
    String origin();

    record Timed(Instant time, String origin, SourceEvent event) implements ReplayItem {
    }

    /** A well-formed record that carries nothing for rules (a HEART_BEAT, a LOGIN without a snapshot). */
    record Ignored(String origin, String reason) implements ReplayItem {
    }

    /**
     * A record that could not be read, placed in its text input.
     *
     * @param column the 1-based column where the problem was found
     * @param text   the line as read, so that a report can show it with a caret
     */
    record Bad(String file, int line, int column, String message, String text) implements ReplayItem {
        @Override
        public String origin() {
            return file + ":" + line;
        }
    }
}
