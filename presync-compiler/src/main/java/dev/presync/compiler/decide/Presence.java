package dev.presync.compiler.decide;

import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which operands an event has, one case of it. A comparison with a missing side is false, so once
 * presence is fixed every remaining comparison is a plain order constraint. The cases follow the
 * event's own facts: an operand the event never carries is missing, a logout's SalesforceNewState
 * is always there, and a Pct value is there exactly when its workload and the capacity are and the
 * capacity is not 0.
 *
 * @param present          the operands that have a value in this case
 * @param capacityPositive when the capacity is present and a Pct operand is asked about: whether
 *                         it is above 0 (null when it does not matter)
 */
record Presence(Set<Operand> present, Boolean capacityPositive) {

    boolean has(Operand operand) {
        return present.contains(operand);
    }

    /** Every case that can differ for a condition that mentions {@code mentioned}, on {@code event}. */
    static List<Presence> cases(EventType event, Set<Operand> mentioned) {
        List<Operand> free = new ArrayList<>();
        Set<Operand> fixed = EnumSet.noneOf(Operand.class);
        boolean pct = mentioned.stream().anyMatch(o -> o.isDerived() && event.carries(o));
        for (Operand o : Operand.values()) {
            if (!event.carries(o) || o.isDerived()) {
                continue;
            }
            if (event == EventType.SALESFORCE_AGENT_LOGOUT && o == Operand.SALESFORCE_NEW_STATE) {
                fixed.add(o);
            } else if (mentioned.contains(o) || (pct && o == Operand.SALESFORCE_CONFIGURED_CAPACITY)
                    || mentioned.contains(pctOf(o))) {
                free.add(o);
            }
        }
        List<Presence> out = new ArrayList<>();
        // Everything present first: that is where a witness usually is.
        for (int mask = (1 << free.size()) - 1; mask >= 0; mask--) {
            Set<Operand> present = EnumSet.noneOf(Operand.class);
            present.addAll(fixed);
            for (int i = 0; i < free.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    present.add(free.get(i));
                }
            }
            if (pct && present.contains(Operand.SALESFORCE_CONFIGURED_CAPACITY)) {
                out.add(withPct(present, true));
                out.add(withPct(present, false));
            } else {
                out.add(new Presence(present, null));
            }
        }
        return out;
    }

    private static Presence withPct(Set<Operand> base, boolean capacityPositive) {
        Set<Operand> present = EnumSet.copyOf(base);
        if (capacityPositive) {
            if (present.contains(Operand.SALESFORCE_PREVIOUS_WORKLOAD)) {
                present.add(Operand.SALESFORCE_PREVIOUS_WORKLOAD_PCT);
            }
            if (present.contains(Operand.SALESFORCE_NEW_WORKLOAD)) {
                present.add(Operand.SALESFORCE_NEW_WORKLOAD_PCT);
            }
        }
        return new Presence(present, capacityPositive);
    }

    /** The Pct operand derived from a workload, or null. */
    static Operand pctOf(Operand workload) {
        return switch (workload) {
            case SALESFORCE_PREVIOUS_WORKLOAD -> Operand.SALESFORCE_PREVIOUS_WORKLOAD_PCT;
            case SALESFORCE_NEW_WORKLOAD -> Operand.SALESFORCE_NEW_WORKLOAD_PCT;
            default -> null;
        };
    }

    /** The workload a Pct operand is derived from. */
    static Operand workloadOf(Operand pct) {
        return pct == Operand.SALESFORCE_PREVIOUS_WORKLOAD_PCT
                ? Operand.SALESFORCE_PREVIOUS_WORKLOAD : Operand.SALESFORCE_NEW_WORKLOAD;
    }
}
