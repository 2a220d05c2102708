package dev.presync.compiler.interp;

import dev.presync.compiler.checked.Rational;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import java.math.BigInteger;

/** The operand values of a real event, with the Pct values derived exactly. */
public record EventValuation(RuleEvent event) implements Valuation {
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    @Override
    public Object valueOf(Operand operand) {
        if (!event.type().carries(operand)) {
            return null;
        }
        return switch (operand) {
            case CONNECT_NEW_STATE, CONNECT_OLD_STATE, SALESFORCE_NEW_STATE, SALESFORCE_SERVICE_CHANNEL ->
                    event.text(operand);
            case SALESFORCE_PREVIOUS_WORKLOAD -> event.hasPreviousWorkload() ? Rational.of(event.previousWorkload()) : null;
            case SALESFORCE_NEW_WORKLOAD -> event.hasNewWorkload() ? Rational.of(event.newWorkload()) : null;
            case SALESFORCE_CONFIGURED_CAPACITY ->
                    event.hasConfiguredCapacity() ? Rational.of(event.configuredCapacity()) : null;
            case SALESFORCE_PREVIOUS_WORKLOAD_PCT ->
                    event.hasPreviousWorkloadPct() ? percent(event.previousWorkload(), event.configuredCapacity()) : null;
            case SALESFORCE_NEW_WORKLOAD_PCT ->
                    event.hasNewWorkloadPct() ? percent(event.newWorkload(), event.configuredCapacity()) : null;
        };
    }

    /** 100 × workload ÷ capacity, exact. */
    static Rational percent(long workload, long capacity) {
        return new Rational(BigInteger.valueOf(workload).multiply(HUNDRED), BigInteger.valueOf(capacity));
    }
}
