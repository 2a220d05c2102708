package dev.presync.compiler.checked;

import dev.presync.runtime.Action;
import dev.presync.runtime.Destination;
import dev.presync.runtime.RuleEvent;
import java.util.List;

/**
 * A rule test that passed the checker: an event, and the exact actions it must give, in order.
 *
 * @param line the 1-based line the test starts on
 */
public record CheckedTest(String name, int line, RuleEvent event, List<Expected> expected) {
    public CheckedTest {
        expected = List.copyOf(expected);
    }

    /** One expected action; {@code rule} is null when the test does not say which rule gives it. */
    public record Expected(Destination destination, String state, String rule) {
        public boolean matches(Action action) {
            return destination == action.destination() && state.equals(action.state())
                    && (rule == null || rule.equals(action.rule()));
        }

        @Override
        public String toString() {
            return destination.spelling() + " '" + state + "'" + (rule == null ? "" : " from " + rule);
        }
    }
}
