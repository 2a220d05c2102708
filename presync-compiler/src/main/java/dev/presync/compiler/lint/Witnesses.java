package dev.presync.compiler.lint;

import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Words for what the decision procedure proved. An event is written as a rule test's
 * {@code given} (missing values left out, Pct derived), so a finding's witness can be pasted into a
 * test that pins the fix.
 */
final class Witnesses {
    private Witnesses() {
    }

    /** {@code ConnectAgentStateChange(ConnectNewState: 'Lunch')}; every value of the event. */
    static String event(RuleEvent e) {
        List<String> fields = new ArrayList<>();
        for (Operand o : e.type().carries()) {
            if (o.isDerived() || e.type() == EventType.SALESFORCE_AGENT_LOGOUT) {
                continue;
            }
            String value = value(e, o);
            if (value != null) {
                fields.add(o.spelling() + ": " + value);
            }
        }
        return e.type().spelling() + (fields.isEmpty() ? "" : "(" + String.join(", ", fields) + ")");
    }

    private static String value(RuleEvent e, Operand o) {
        return switch (o) {
            case SALESFORCE_PREVIOUS_WORKLOAD -> e.hasPreviousWorkload() ? Long.toString(e.previousWorkload()) : null;
            case SALESFORCE_NEW_WORKLOAD -> e.hasNewWorkload() ? Long.toString(e.newWorkload()) : null;
            case SALESFORCE_CONFIGURED_CAPACITY -> e.hasConfiguredCapacity() ? Long.toString(e.configuredCapacity()) : null;
            default -> e.text(o) == null ? null : new Term.Text(e.text(o)).toString();
        };
    }

    /** {@code ConnectNewState == 'a' and ConnectNewState == 'b'}: the comparisons that cannot hold together. */
    static String contradiction(List<Condition> parts) {
        List<String> shown = new ArrayList<>();
        for (Condition c : parts) {
            String s = c.toString();
            shown.add(s.startsWith("(") && s.endsWith(")") && parts.size() == 1 ? s.substring(1, s.length() - 1) : s);
        }
        return String.join(" and ", shown);
    }
}
