package dev.presync.bench.engines.peer.drools;

import dev.presync.runtime.EventType;
import dev.presync.runtime.RuleEvent;

/**
 * An event as a Drools fact. Drools matches a pattern by the fact's class, so each event type is
 * its own (empty) subclass: a rule's "Source" becomes its pattern type and costs one object-type
 * node lookup, as the grouping by type costs the other peers nothing. Text values are Strings and
 * numbers boxed Longs (within the Long cache for this workload), null when missing, so that
 * Drools' alpha-node hashing can look the field value up directly; a missing value finds no key.
 */
public abstract sealed class DroolsEvent {
    private final String connectNewState;
    private final String connectOldState;
    private final String salesforceNewState;
    private final String salesforceServiceChannel;
    private final Long previousWorkload;
    private final Long newWorkload;
    private final Long configuredCapacity;

    private DroolsEvent(RuleEvent e) {
        connectNewState = e.connectNewState();
        connectOldState = e.connectOldState();
        salesforceNewState = e.salesforceNewState();
        salesforceServiceChannel = e.salesforceServiceChannel();
        previousWorkload = e.hasPreviousWorkload() ? e.previousWorkload() : null;
        newWorkload = e.hasNewWorkload() ? e.newWorkload() : null;
        configuredCapacity = e.hasConfiguredCapacity() ? e.configuredCapacity() : null;
    }

    /** The fact for a presync event, of the subclass its type maps to. */
    public static DroolsEvent of(RuleEvent e) {
        return switch (e.type()) {
            case CONNECT_AGENT_STATE_CHANGE -> new ConnectAgentStateChange(e);
            case SALESFORCE_AGENT_STATE_CHANGE -> new SalesforceAgentStateChange(e);
            case SALESFORCE_AGENT_LOGOUT -> new SalesforceAgentLogout(e);
            case SALESFORCE_WORK_ACCEPTED -> new SalesforceWorkAccepted(e);
            case SALESFORCE_WORKLOAD_CHANGED -> new SalesforceWorkloadChanged(e);
        };
    }

    /** The fact class rules on events of {@code type} are patterns over. */
    static Class<? extends DroolsEvent> classOf(EventType type) {
        return switch (type) {
            case CONNECT_AGENT_STATE_CHANGE -> ConnectAgentStateChange.class;
            case SALESFORCE_AGENT_STATE_CHANGE -> SalesforceAgentStateChange.class;
            case SALESFORCE_AGENT_LOGOUT -> SalesforceAgentLogout.class;
            case SALESFORCE_WORK_ACCEPTED -> SalesforceWorkAccepted.class;
            case SALESFORCE_WORKLOAD_CHANGED -> SalesforceWorkloadChanged.class;
        };
    }

    public String getConnectNewState() {
        return connectNewState;
    }

    public String getConnectOldState() {
        return connectOldState;
    }

    public String getSalesforceNewState() {
        return salesforceNewState;
    }

    public String getSalesforceServiceChannel() {
        return salesforceServiceChannel;
    }

    public Long getSalesforcePreviousWorkload() {
        return previousWorkload;
    }

    public Long getSalesforceNewWorkload() {
        return newWorkload;
    }

    public Long getSalesforceConfiguredCapacity() {
        return configuredCapacity;
    }

    public static final class ConnectAgentStateChange extends DroolsEvent {
        ConnectAgentStateChange(RuleEvent e) {
            super(e);
        }
    }

    public static final class SalesforceAgentStateChange extends DroolsEvent {
        SalesforceAgentStateChange(RuleEvent e) {
            super(e);
        }
    }

    public static final class SalesforceAgentLogout extends DroolsEvent {
        SalesforceAgentLogout(RuleEvent e) {
            super(e);
        }
    }

    public static final class SalesforceWorkAccepted extends DroolsEvent {
        SalesforceWorkAccepted(RuleEvent e) {
            super(e);
        }
    }

    public static final class SalesforceWorkloadChanged extends DroolsEvent {
        SalesforceWorkloadChanged(RuleEvent e) {
            super(e);
        }
    }
}
