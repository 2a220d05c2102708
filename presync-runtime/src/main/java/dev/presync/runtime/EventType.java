package dev.presync.runtime;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The adapter's rule "Source": the event that makes rules be evaluated, and what it carries. */
public enum EventType {
    CONNECT_AGENT_STATE_CHANGE("ConnectAgentStateChange", Destination.CONNECT,
            EnumSet.of(Operand.CONNECT_NEW_STATE, Operand.CONNECT_OLD_STATE)),
    SALESFORCE_AGENT_STATE_CHANGE("SalesforceAgentStateChange", Destination.SALESFORCE,
            EnumSet.of(Operand.SALESFORCE_NEW_STATE)),
    /** Carries SalesforceNewState, always exactly {@code Offline}. */
    SALESFORCE_AGENT_LOGOUT("SalesforceAgentLogout", Destination.SALESFORCE,
            EnumSet.of(Operand.SALESFORCE_NEW_STATE)),
    SALESFORCE_WORK_ACCEPTED("SalesforceWorkAccepted", Destination.SALESFORCE,
            EnumSet.of(Operand.SALESFORCE_SERVICE_CHANNEL)),
    SALESFORCE_WORKLOAD_CHANGED("SalesforceWorkloadChanged", Destination.SALESFORCE,
            EnumSet.of(Operand.SALESFORCE_PREVIOUS_WORKLOAD, Operand.SALESFORCE_PREVIOUS_WORKLOAD_PCT,
                    Operand.SALESFORCE_NEW_WORKLOAD, Operand.SALESFORCE_NEW_WORKLOAD_PCT,
                    Operand.SALESFORCE_CONFIGURED_CAPACITY));

    /** The status a logout event always reports as SalesforceNewState. */
    public static final String LOGOUT_STATE = "Offline";

    private final String spelling;
    private final Destination origin;
    private final Set<Operand> carried;
    /**
     * The same as a bit per operand ordinal: every field of every event read is checked against
     * it, and the unmodifiable set's two calls were a percent of what replay spends.
     */
    private final long carriedBits;

    EventType(String spelling, Destination origin, Set<Operand> carried) {
        this.spelling = spelling;
        this.origin = origin;
        this.carried = Collections.unmodifiableSet(carried);
        long bits = 0;
        for (Operand o : carried) {
            bits |= 1L << o.ordinal();
        }
        this.carriedBits = bits;
    }

    /** The name as written in rule files and event lines. */
    public String spelling() {
        return spelling;
    }

    /** The system the event comes from: a rule that sets this system's status risks an echo. */
    public Destination origin() {
        return origin;
    }

    /** The operands an event of this type can carry; every other operand is always missing. */
    public Set<Operand> carries() {
        return carried;
    }

    public boolean carries(Operand operand) {
        return (carriedBits & 1L << operand.ordinal()) != 0;
    }

    /** Every constant, once: {@code values()} copies its array on each call, and readers look up every field of every line. */
    private static final EventType[] ALL = values();

    /** The event type spelled exactly {@code spelling}, or null. */
    public static EventType bySpelling(String spelling) {
        for (EventType t : ALL) {
            if (t.spelling.equals(spelling)) {
                return t;
            }
        }
        return null;
    }
}
