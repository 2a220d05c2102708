package dev.presync.sync.source;

import dev.presync.sync.SourceEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a reader made of one record: an event at a time, a record that deliberately carries nothing
 * for rules, or a problem tied to where in the record it was found. Bad input is a value here, not
 * an exception, so a caller reports it and goes on with the next record.
 */
public sealed interface Reading {
    /** A source event, and when the source says it happened. */
    record Event(Instant time, SourceEvent event) implements Reading {
        public Event {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(event, "event");
        }
    }

    /** A well-formed record that carries no status (a HEART_BEAT, a LOGIN without a snapshot). */
    record Ignored(String reason) implements Reading {
        public Ignored {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A record that cannot be read.
     *
     * @param keyPath the keys from the top of the record to what is wrong, e.g.
     *                {@code [CurrentAgentSnapshot, Configuration, Username]}; empty when the
     *                record as a whole is at fault. A caller that knows where each key stood in
     *                the text points at the deepest one it knows.
     */
    record Problem(List<String> keyPath, String message) implements Reading {
        public Problem {
            keyPath = List.copyOf(keyPath);
            Objects.requireNonNull(message, "message");
        }

        static Problem at(String key, String message) {
            return new Problem(List.of(key), message);
        }

        static Problem ofRecord(String message) {
            return new Problem(List.of(), message);
        }
    }
}
