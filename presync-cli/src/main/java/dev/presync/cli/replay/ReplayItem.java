package dev.presync.cli.replay;

import dev.presync.runtime.sync.SourceEvent;
import java.time.Instant;

/** One line of a replay input, read: an event at a time, a line deliberately ignored, or a bad line. */
sealed interface ReplayItem {
    /** Where the line came from, as {@code file:line}. */
    String origin();

    record Timed(Instant time, String origin, SourceEvent event) implements ReplayItem {
    }

    /** A well-formed line that carries nothing for rules (a HEART_BEAT, a LOGIN without a snapshot). */
    record Ignored(String origin, String why) implements ReplayItem {
    }

    /** @param text the line as read, for the caret under the column */
    record Bad(String file, int line, int column, String message, String text) implements ReplayItem {
        @Override
        public String origin() {
            return file + ":" + line;
        }
    }
}
