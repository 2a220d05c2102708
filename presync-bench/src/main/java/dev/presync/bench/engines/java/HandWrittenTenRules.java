package dev.presync.bench.engines.java;

import dev.presync.runtime.Action;
import dev.presync.runtime.Destination;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.List;

/**
 * The 10-rule set ({@code ten.rules}) as a careful Java programmer writes it by hand: a switch on
 * the event type, a string switch on the state, Pct comparisons cross-multiplied in exact long
 * arithmetic, and one preallocated list per rule (these ten rules never fire two at once, which
 * the programmer knows and the equivalence check confirms).
 */
public final class HandWrittenTenRules implements RuleSet {
    private static final List<Action> LUNCH = fire(Destination.SALESFORCE, "Lunch", "connect_lunch");
    private static final List<Action> BREAK = fire(Destination.SALESFORCE, "Break", "connect_break");
    private static final List<Action> TRAINING = fire(Destination.SALESFORCE, "Training", "connect_training");
    private static final List<Action> BACK = fire(Destination.SALESFORCE, "Available", "connect_back");
    private static final List<Action> SFDC_LUNCH = fire(Destination.CONNECT, "Lunch", "sfdc_lunch");
    private static final List<Action> LOGOUT = fire(Destination.CONNECT, "Offline", "logout_to_connect_offline");
    private static final List<Action> PHONE = fire(Destination.CONNECT, "Unavailable", "phone_work_accepted");
    private static final List<Action> AT_CAPACITY = fire(Destination.CONNECT, "Unavailable", "at_capacity");
    private static final List<Action> BELOW_CAPACITY = fire(Destination.CONNECT, "Available", "below_capacity");
    private static final List<Action> NEARLY_FULL = fire(Destination.CONNECT, "Wrap_Up", "nearly_full");

    private static List<Action> fire(Destination destination, String state, String rule) {
        return List.of(new Action(destination, state, rule));
    }

    @Override
    public List<Action> evaluate(RuleEvent event) {
        switch (event.type()) {
            case CONNECT_AGENT_STATE_CHANGE:
                return connect(event.connectNewState(), event.connectOldState());
            case SALESFORCE_AGENT_STATE_CHANGE:
                return "Lunch".equals(event.salesforceNewState()) ? SFDC_LUNCH : List.of();
            case SALESFORCE_AGENT_LOGOUT:
                return LOGOUT; // a logout's SalesforceNewState is always 'Offline'
            case SALESFORCE_WORK_ACCEPTED:
                return "sfdc_phone".equals(event.salesforceServiceChannel()) ? PHONE : List.of();
            case SALESFORCE_WORKLOAD_CHANGED:
                return workload(event);
            default:
                return List.of();
        }
    }

    private static List<Action> connect(String newState, String oldState) {
        if (newState == null) {
            return List.of();
        }
        switch (newState) {
            case "Lunch":
                return LUNCH;
            case "Break":
                return BREAK;
            case "Training":
            case "Meeting":
                return TRAINING;
            case "Available":
                return oldState != null && (oldState.equals("Lunch") || oldState.equals("Break")
                        || oldState.equals("Training") || oldState.equals("Meeting")) ? BACK : List.of();
            default:
                return List.of();
        }
    }

    /** Pct = 100 w / c, so {@code Pct >= 100} is {@code w >= c} and {@code Pct > 66.66} is {@code 10000 w > 6666 c}. */
    private static List<Action> workload(RuleEvent e) {
        if (!e.hasNewWorkloadPct()) {
            return List.of();
        }
        long c = e.configuredCapacity();
        long w = e.newWorkload();
        if (w >= c) {
            return AT_CAPACITY;
        }
        if (e.hasPreviousWorkloadPct() && e.previousWorkload() >= c) {
            return BELOW_CAPACITY;
        }
        if (10_000 * w > 6_666 * c && e.hasPreviousWorkload() && w > e.previousWorkload()) {
            return NEARLY_FULL;
        }
        return List.of();
    }
}
