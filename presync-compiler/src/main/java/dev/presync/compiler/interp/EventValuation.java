package dev.presync.compiler.interp;

import dev.presync.compiler.checked.Rational;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.ValueType;
import java.math.BigInteger;

/** The operand values of a real event, with the Pct values derived exactly. */
public record EventValuation(RuleEvent event) implements Valuation {
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    @Override
    public Object valueOf(Operand operand) {
        if (!event.type().carries(operand)) {
            return null;
        }
        if (operand.type() == ValueType.TEXT) {
            return event.text(operand);
        }
        if (!operand.isDerived()) {
            Long n = event.number(operand);
            return n == null ? null : Rational.of(n);
        }
        Long workload = event.number(operand.workloadOfPct());
        Long capacity = event.number(Operand.SALESFORCE_CONFIGURED_CAPACITY);
        return workload == null || capacity == null || capacity == 0 ? null : percent(workload, capacity);
    }

    /** 100 × workload ÷ capacity, exact. */
    static Rational percent(long workload, long capacity) {
        return new Rational(BigInteger.valueOf(workload).multiply(HUNDRED), BigInteger.valueOf(capacity));
    }
}
