package dev.presync.bench.engines.peer;

import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * An event as the expression engines see it: a bean with boxed getters (null when missing) for
 * engines that read properties, or a map of the same names for engines that read variables.
 * Numbers are doubles, Pct = 100.0 * w / c, because that is what these languages compute with;
 * the benchmark's values make that exact (see RuleGenerator).
 */
public final class PeerEvent {
    private final EventType type;
    private final String connectNewState;
    private final String connectOldState;
    private final String salesforceNewState;
    private final String salesforceServiceChannel;
    private final Double salesforcePreviousWorkload;
    private final Double salesforceNewWorkload;
    private final Double salesforceConfiguredCapacity;
    private final Double salesforcePreviousWorkloadPct;
    private final Double salesforceNewWorkloadPct;

    public PeerEvent(RuleEvent e) {
        type = e.type();
        connectNewState = e.connectNewState();
        connectOldState = e.connectOldState();
        salesforceNewState = e.salesforceNewState();
        salesforceServiceChannel = e.salesforceServiceChannel();
        salesforcePreviousWorkload = e.hasPreviousWorkload() ? (double) e.previousWorkload() : null;
        salesforceNewWorkload = e.hasNewWorkload() ? (double) e.newWorkload() : null;
        salesforceConfiguredCapacity = e.hasConfiguredCapacity() ? (double) e.configuredCapacity() : null;
        salesforcePreviousWorkloadPct = e.hasPreviousWorkloadPct()
                ? 100.0 * e.previousWorkload() / e.configuredCapacity() : null;
        salesforceNewWorkloadPct = e.hasNewWorkloadPct() ? 100.0 * e.newWorkload() / e.configuredCapacity() : null;
    }

    /** An event with arbitrary values, for priming expressions; numbers are Doubles or null. */
    PeerEvent(EventType type, Map<Operand, Object> values) {
        this.type = type;
        connectNewState = (String) values.get(Operand.CONNECT_NEW_STATE);
        connectOldState = (String) values.get(Operand.CONNECT_OLD_STATE);
        salesforceNewState = (String) values.get(Operand.SALESFORCE_NEW_STATE);
        salesforceServiceChannel = (String) values.get(Operand.SALESFORCE_SERVICE_CHANNEL);
        salesforcePreviousWorkload = (Double) values.get(Operand.SALESFORCE_PREVIOUS_WORKLOAD);
        salesforceNewWorkload = (Double) values.get(Operand.SALESFORCE_NEW_WORKLOAD);
        salesforceConfiguredCapacity = (Double) values.get(Operand.SALESFORCE_CONFIGURED_CAPACITY);
        salesforcePreviousWorkloadPct = (Double) values.get(Operand.SALESFORCE_PREVIOUS_WORKLOAD_PCT);
        salesforceNewWorkloadPct = (Double) values.get(Operand.SALESFORCE_NEW_WORKLOAD_PCT);
    }

    public EventType type() {
        return type;
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

    public Double getSalesforcePreviousWorkload() {
        return salesforcePreviousWorkload;
    }

    public Double getSalesforceNewWorkload() {
        return salesforceNewWorkload;
    }

    public Double getSalesforceConfiguredCapacity() {
        return salesforceConfiguredCapacity;
    }

    public Double getSalesforcePreviousWorkloadPct() {
        return salesforcePreviousWorkloadPct;
    }

    public Double getSalesforceNewWorkloadPct() {
        return salesforceNewWorkloadPct;
    }

    /** Every operand under its variable name, null when missing (so strict engines see it defined). */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new HashMap<>();
        m.put("connectNewState", connectNewState);
        m.put("connectOldState", connectOldState);
        m.put("salesforceNewState", salesforceNewState);
        m.put("salesforceServiceChannel", salesforceServiceChannel);
        m.put("salesforcePreviousWorkload", salesforcePreviousWorkload);
        m.put("salesforceNewWorkload", salesforceNewWorkload);
        m.put("salesforceConfiguredCapacity", salesforceConfiguredCapacity);
        m.put("salesforcePreviousWorkloadPct", salesforcePreviousWorkloadPct);
        m.put("salesforceNewWorkloadPct", salesforceNewWorkloadPct);
        return m;
    }
}
