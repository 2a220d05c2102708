package dev.presync.runtime;

import java.util.Objects;

/**
 * What a fired rule asks for: set the agent's status on {@code destination} to {@code state}.
 *
 * @param rule the rule that fired: its name, else {@code file:line}
 */
public record Action(Destination destination, String state, String rule) {
    public Action {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(rule, "rule");
    }
}
