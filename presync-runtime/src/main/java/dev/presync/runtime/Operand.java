package dev.presync.runtime;

/**
 * A value a rule can compare: the adapter's "Operand A/B" choices other than Static Value.
 *
 * <p>The two Pct operands are derived, never supplied: 100 × workload ÷ capacity, exact, and
 * missing when the capacity is 0.
 */
public enum Operand {
    CONNECT_NEW_STATE("ConnectNewState", ValueType.TEXT),
    CONNECT_OLD_STATE("ConnectOldState", ValueType.TEXT),
    SALESFORCE_NEW_STATE("SalesforceNewState", ValueType.TEXT),
    SALESFORCE_SERVICE_CHANNEL("SalesforceServiceChannel", ValueType.TEXT),
    SALESFORCE_PREVIOUS_WORKLOAD("SalesforcePreviousWorkload", ValueType.NUMBER),
    SALESFORCE_PREVIOUS_WORKLOAD_PCT("SalesforcePreviousWorkloadPct", ValueType.NUMBER),
    SALESFORCE_NEW_WORKLOAD("SalesforceNewWorkload", ValueType.NUMBER),
    SALESFORCE_NEW_WORKLOAD_PCT("SalesforceNewWorkloadPct", ValueType.NUMBER),
    SALESFORCE_CONFIGURED_CAPACITY("SalesforceConfiguredCapacity", ValueType.NUMBER);

    private final String spelling;
    private final ValueType type;

    Operand(String spelling, ValueType type) {
        this.spelling = spelling;
        this.type = type;
    }

    /** The name as written in rule files and event lines. */
    public String spelling() {
        return spelling;
    }

    public ValueType type() {
        return type;
    }

    /** True for the Pct operands, which are computed from workload and capacity. */
    public boolean isDerived() {
        return workloadOfPct() != null;
    }

    /**
     * For a Pct operand, the workload it is the percentage of (of
     * {@link #SALESFORCE_CONFIGURED_CAPACITY}); null for every supplied operand.
     */
    public Operand workloadOfPct() {
        return switch (this) {
            case SALESFORCE_PREVIOUS_WORKLOAD_PCT -> SALESFORCE_PREVIOUS_WORKLOAD;
            case SALESFORCE_NEW_WORKLOAD_PCT -> SALESFORCE_NEW_WORKLOAD;
            default -> null;
        };
    }

    /** Every constant, once: {@code values()} copies its array on each call, and readers look up every field of every line. */
    private static final Operand[] ALL = values();

    /** The operand spelled exactly {@code spelling}, or null. */
    public static Operand bySpelling(String spelling) {
        for (Operand o : ALL) {
            if (o.spelling.equals(spelling)) {
                return o;
            }
        }
        return null;
    }
}
