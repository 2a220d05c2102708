package dev.presync.sync;

import dev.presync.runtime.Action;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule set for runtime tests, which cannot use the compiler: each rule is "on EVENT when the
 * state operand equals VALUE set DESTINATION STATE".
 */
final class TableRules implements RuleSet {
    private record Row(String name, EventType event, String equals, Destination destination, String state) {
    }

    private final List<Row> rows = new ArrayList<>();

    TableRules rule(String name, EventType event, String equals, Destination destination, String state) {
        rows.add(new Row(name, event, equals, destination, state));
        return this;
    }

    @Override
    public List<Action> evaluate(RuleEvent event) {
        List<Action> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.event == event.type() && (r.equals == null || r.equals.equals(stateOf(event)))) {
                out.add(new Action(r.destination, r.state, r.name));
            }
        }
        return out;
    }

    private static String stateOf(RuleEvent e) {
        return switch (e.type()) {
            case CONNECT_AGENT_STATE_CHANGE -> e.text(Operand.CONNECT_NEW_STATE);
            case SALESFORCE_AGENT_STATE_CHANGE, SALESFORCE_AGENT_LOGOUT -> e.text(Operand.SALESFORCE_NEW_STATE);
            case SALESFORCE_WORK_ACCEPTED -> e.text(Operand.SALESFORCE_SERVICE_CHANNEL);
            case SALESFORCE_WORKLOAD_CHANGED -> null;
        };
    }
}
