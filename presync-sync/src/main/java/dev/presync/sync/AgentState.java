package dev.presync.sync;

import dev.presync.runtime.ConnectSystemStatus;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;

/**
 * The engine's record of one agent, and how each source event changes it. Not thread-safe: the
 * engine touches it only while holding its lock.
 */
final class AgentState {
    /** A source event applied: the rule event it makes (null when nothing changed) and whether it is an echo. */
    record Applied(RuleEvent ruleEvent, boolean echo) {
    }

    final String agent;
    final CommandChain chain = new CommandChain();
    private String connect;
    private String salesforce;
    private Long workload;
    private Long capacity;
    private String pendingConnect;
    private String pendingSalesforce;

    AgentState(String agent) {
        this.agent = agent;
    }

    /** The state saved in {@code saved}, to be changed from there. */
    static AgentState restore(AgentSnapshot saved) {
        AgentState s = new AgentState(saved.agent());
        s.connect = saved.connectStatus();
        s.salesforce = saved.salesforceStatus();
        s.workload = saved.workload();
        s.capacity = saved.capacity();
        s.pendingConnect = saved.pendingConnect();
        s.pendingSalesforce = saved.pendingSalesforce();
        s.chain.restore(saved.chainRules(), saved.chainSent(), saved.oscillationReported());
        return s;
    }

    Applied apply(SourceEvent event) {
        if (event instanceof SourceEvent.ConnectStatusChanged c) {
            return connectChanged(c);
        }
        if (event instanceof SourceEvent.OmniStatusChanged s) {
            // Any reported change settles what was pending: either it is our echo, or someone chose otherwise.
            pendingSalesforce = null;
            salesforce = s.statusApiName();
            return new Applied(RuleEvent.salesforceAgentStateChange(s.statusApiName()), s.byToolkit());
        }
        if (event instanceof SourceEvent.OmniLogout) {
            pendingSalesforce = null;
            salesforce = EventType.LOGOUT_STATE;
            return new Applied(RuleEvent.salesforceAgentLogout(), false);
        }
        if (event instanceof SourceEvent.OmniWorkAccepted w) {
            return new Applied(RuleEvent.salesforceWorkAccepted(w.serviceChannel()), false);
        }
        return workloadChanged((SourceEvent.OmniWorkloadChanged) event);
    }

    private Applied connectChanged(SourceEvent.ConnectStatusChanged c) {
        String now = c.newStatus();
        String before = connect != null ? connect : c.previousStatus();
        if (now.equals(before)) {
            connect = now;
            return new Applied(null, false);
        }
        boolean echo = now.equals(pendingConnect);
        // A system status (a call) leaves a pending command waiting, as Connect queues it as the
        // next status; any status the agent chose settles it.
        if (echo || !ConnectSystemStatus.is(now)) {
            pendingConnect = null;
        }
        connect = now;
        return new Applied(RuleEvent.connectAgentStateChange(now, before), echo);
    }

    private Applied workloadChanged(SourceEvent.OmniWorkloadChanged w) {
        Long previous = w.previousWorkload() != null ? w.previousWorkload() : workload;
        RuleEvent.Builder b = RuleEvent.builder(EventType.SALESFORCE_WORKLOAD_CHANGED)
                .number(Operand.SALESFORCE_NEW_WORKLOAD, w.newWorkload())
                .number(Operand.SALESFORCE_CONFIGURED_CAPACITY, w.configuredCapacity());
        if (previous != null) {
            b.number(Operand.SALESFORCE_PREVIOUS_WORKLOAD, previous);
        }
        workload = w.newWorkload();
        capacity = w.configuredCapacity();
        return new Applied(b.build(), false);
    }

    /** The status {@code destination} has or has been asked for; null when unknown. */
    String effectiveStatus(Destination destination) {
        if (destination == Destination.SALESFORCE) {
            return pendingSalesforce != null ? pendingSalesforce : salesforce;
        }
        return pendingConnect != null ? pendingConnect : connect;
    }

    void commandSent(Destination destination, String state) {
        if (destination == Destination.SALESFORCE) {
            pendingSalesforce = state;
        } else {
            pendingConnect = state;
        }
    }

    AgentSnapshot snapshot() {
        return new AgentSnapshot(agent, connect, salesforce, workload, capacity, pendingConnect, pendingSalesforce,
                chain.rules(), chain.sent(), chain.reported());
    }
}
