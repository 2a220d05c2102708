package dev.presync.sync;

import dev.presync.runtime.Destination;
import java.util.Objects;

/**
 * A status change the engine wants made on one system for one agent, with the rule that asked for
 * it and the source event that made the rule fire.
 */
public record Command(String agent, Destination destination, String state, String rule, SourceEvent cause) {
    public Command {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(cause, "cause");
    }
}
