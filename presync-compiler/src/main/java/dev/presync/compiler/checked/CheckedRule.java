package dev.presync.compiler.checked;

import dev.presync.runtime.Action;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;

/**
 * A rule that passed the checker.
 *
 * @param index position in the file, from 0; firing order is index order
 * @param label the rule's name, else {@code file:line}: what actions report as their rule
 * @param line the 1-based line the rule starts on
 */
public record CheckedRule(int index, String label, int line, boolean active, EventType event,
                          Condition condition, Destination destination, String state) {

    /** The action this rule gives when it fires. */
    public Action action() {
        return new Action(destination, state, label);
    }
}
