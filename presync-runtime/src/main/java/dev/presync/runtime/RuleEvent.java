package dev.presync.runtime;

import java.util.Objects;

/**
 * One event as rules see it: its type and the operand values it carries.
 *
 * <p>A value may be missing (not supplied, or a Pct whose capacity is 0); every comparison with a
 * missing value is false. Numbers are whole and never negative. The fields are plain so that
 * compiled rule sets read them without boxing or allocation.
 */
public final class RuleEvent {
    private static final int PREVIOUS_WORKLOAD = 1;
    private static final int NEW_WORKLOAD = 2;
    private static final int CONFIGURED_CAPACITY = 4;

    private final EventType type;
    private final String connectNewState;
    private final String connectOldState;
    private final String salesforceNewState;
    private final String salesforceServiceChannel;
    private final long previousWorkload;
    private final long newWorkload;
    private final long configuredCapacity;
    /** Which numeric values are present, as a set of the bits above. */
    private final int numbersPresent;

    private RuleEvent(Builder b) {
        this.type = b.type;
        this.connectNewState = b.connectNewState;
        this.connectOldState = b.connectOldState;
        this.salesforceNewState = b.type == EventType.SALESFORCE_AGENT_LOGOUT
                ? EventType.LOGOUT_STATE : b.salesforceNewState;
        this.salesforceServiceChannel = b.salesforceServiceChannel;
        this.previousWorkload = b.previousWorkload;
        this.newWorkload = b.newWorkload;
        this.configuredCapacity = b.configuredCapacity;
        this.numbersPresent = b.numbersPresent;
    }

    public static RuleEvent connectAgentStateChange(String newState, String oldState) {
        return builder(EventType.CONNECT_AGENT_STATE_CHANGE)
                .text(Operand.CONNECT_NEW_STATE, newState)
                .text(Operand.CONNECT_OLD_STATE, oldState)
                .build();
    }

    public static RuleEvent salesforceAgentStateChange(String newState) {
        return builder(EventType.SALESFORCE_AGENT_STATE_CHANGE).text(Operand.SALESFORCE_NEW_STATE, newState).build();
    }

    /** A logout: SalesforceNewState is always {@code Offline}. */
    public static RuleEvent salesforceAgentLogout() {
        return builder(EventType.SALESFORCE_AGENT_LOGOUT).build();
    }

    public static RuleEvent salesforceWorkAccepted(String serviceChannel) {
        return builder(EventType.SALESFORCE_WORK_ACCEPTED)
                .text(Operand.SALESFORCE_SERVICE_CHANNEL, serviceChannel)
                .build();
    }

    public static RuleEvent salesforceWorkloadChanged(long previousWorkload, long newWorkload, long configuredCapacity) {
        return builder(EventType.SALESFORCE_WORKLOAD_CHANGED)
                .number(Operand.SALESFORCE_PREVIOUS_WORKLOAD, previousWorkload)
                .number(Operand.SALESFORCE_NEW_WORKLOAD, newWorkload)
                .number(Operand.SALESFORCE_CONFIGURED_CAPACITY, configuredCapacity)
                .build();
    }

    public static Builder builder(EventType type) {
        return new Builder(type);
    }

    public EventType type() {
        return type;
    }

    /** The text value of a TEXT operand, or null when it is missing. */
    public String text(Operand operand) {
        return switch (operand) {
            case CONNECT_NEW_STATE -> connectNewState;
            case CONNECT_OLD_STATE -> connectOldState;
            case SALESFORCE_NEW_STATE -> salesforceNewState;
            case SALESFORCE_SERVICE_CHANNEL -> salesforceServiceChannel;
            default -> throw new IllegalArgumentException(operand.spelling() + " is not a text operand");
        };
    }

    /**
     * The value of a supplied NUMBER operand, or null when it is missing: what callers that handle
     * every operand alike read (compiled rule sets read the plain fields below instead).
     */
    public Long number(Operand operand) {
        return switch (operand) {
            case SALESFORCE_PREVIOUS_WORKLOAD -> hasPreviousWorkload() ? previousWorkload : null;
            case SALESFORCE_NEW_WORKLOAD -> hasNewWorkload() ? newWorkload : null;
            case SALESFORCE_CONFIGURED_CAPACITY -> hasConfiguredCapacity() ? configuredCapacity : null;
            default -> throw new IllegalArgumentException(operand.spelling() + " is not a supplied number operand");
        };
    }

    /** The fields below are what compiled rule sets read; they are null when missing. */
    public String connectNewState() {
        return connectNewState;
    }

    public String connectOldState() {
        return connectOldState;
    }

    public String salesforceNewState() {
        return salesforceNewState;
    }

    public String salesforceServiceChannel() {
        return salesforceServiceChannel;
    }

    public boolean hasPreviousWorkload() {
        return (numbersPresent & PREVIOUS_WORKLOAD) != 0;
    }

    public boolean hasNewWorkload() {
        return (numbersPresent & NEW_WORKLOAD) != 0;
    }

    public boolean hasConfiguredCapacity() {
        return (numbersPresent & CONFIGURED_CAPACITY) != 0;
    }

    /** Meaningful only when {@link #hasPreviousWorkload()}. */
    public long previousWorkload() {
        return previousWorkload;
    }

    /** Meaningful only when {@link #hasNewWorkload()}. */
    public long newWorkload() {
        return newWorkload;
    }

    /** Meaningful only when {@link #hasConfiguredCapacity()}. */
    public long configuredCapacity() {
        return configuredCapacity;
    }

    /** True when SalesforcePreviousWorkloadPct has a value: workload present, capacity present and not 0. */
    public boolean hasPreviousWorkloadPct() {
        return hasPreviousWorkload() && hasConfiguredCapacity() && configuredCapacity != 0;
    }

    /** True when SalesforceNewWorkloadPct has a value: workload present, capacity present and not 0. */
    public boolean hasNewWorkloadPct() {
        return hasNewWorkload() && hasConfiguredCapacity() && configuredCapacity != 0;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(type.spelling()).append('{');
        String sep = "";
        for (Operand o : type.carries()) {
            if (o.isDerived()) {
                continue;
            }
            s.append(sep).append(o.spelling()).append('=');
            if (o.type() == ValueType.TEXT) {
                String v = text(o);
                s.append(v == null ? "missing" : "'" + v + "'");
            } else {
                Long v = number(o);
                s.append(v == null ? "missing" : v.toString());
            }
            sep = ", ";
        }
        return s.append('}').toString();
    }

    /**
     * Builds an event value by value. It refuses an operand the event type never carries, a
     * derived Pct operand, a value of the wrong type and a negative number, so a built event is
     * always one the two systems could send.
     */
    public static final class Builder {
        private final EventType type;
        private String connectNewState;
        private String connectOldState;
        private String salesforceNewState;
        private String salesforceServiceChannel;
        private long previousWorkload;
        private long newWorkload;
        private long configuredCapacity;
        private int numbersPresent;

        private Builder(EventType type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        /** Sets a TEXT operand; null leaves it missing. */
        public Builder text(Operand operand, String value) {
            requireSettable(operand, ValueType.TEXT);
            switch (operand) {
                case CONNECT_NEW_STATE -> connectNewState = value;
                case CONNECT_OLD_STATE -> connectOldState = value;
                case SALESFORCE_NEW_STATE -> {
                    if (type == EventType.SALESFORCE_AGENT_LOGOUT && value != null
                            && !EventType.LOGOUT_STATE.equals(value)) {
                        throw new IllegalArgumentException("a logout always has SalesforceNewState 'Offline'");
                    }
                    salesforceNewState = value;
                }
                case SALESFORCE_SERVICE_CHANNEL -> salesforceServiceChannel = value;
                default -> throw new AssertionError(operand);
            }
            return this;
        }

        /** Sets a whole-number operand (workloads and capacity, never negative). */
        public Builder number(Operand operand, long value) {
            requireSettable(operand, ValueType.NUMBER);
            if (value < 0) {
                throw new IllegalArgumentException(operand.spelling() + " cannot be negative: " + value);
            }
            switch (operand) {
                case SALESFORCE_PREVIOUS_WORKLOAD -> {
                    previousWorkload = value;
                    numbersPresent |= PREVIOUS_WORKLOAD;
                }
                case SALESFORCE_NEW_WORKLOAD -> {
                    newWorkload = value;
                    numbersPresent |= NEW_WORKLOAD;
                }
                case SALESFORCE_CONFIGURED_CAPACITY -> {
                    configuredCapacity = value;
                    numbersPresent |= CONFIGURED_CAPACITY;
                }
                default -> throw new AssertionError(operand);
            }
            return this;
        }

        private void requireSettable(Operand operand, ValueType expected) {
            if (operand.isDerived()) {
                throw new IllegalArgumentException(operand.spelling() + " is derived from workload and capacity");
            }
            if (!type.carries(operand)) {
                throw new IllegalArgumentException(type.spelling() + " does not carry " + operand.spelling());
            }
            if (operand.type() != expected) {
                throw new IllegalArgumentException(operand.spelling() + " is not a " + expected.name().toLowerCase() + " operand");
            }
        }

        public RuleEvent build() {
            return new RuleEvent(this);
        }
    }
}
