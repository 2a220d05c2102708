package dev.presync.compiler.decide;

import dev.presync.compiler.checked.Rational;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.ValueType;
import java.math.BigInteger;
import java.util.Map;

/**
 * Turns solver values into a real event. Pct values are not set but derived, so when the solver
 * chose Pct values (and not the workloads and capacity behind them) they are realised by a
 * capacity of 100 × the common denominator: Pct p of capacity 100·L is workload p·L, a whole
 * number. The caller checks the event through the interpreter, so a witness that does not hold is
 * never handed out.
 */
final class WitnessBuilder {
    private static final BigInteger MAX_LONG = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private WitnessBuilder() {
    }

    /** The event, or null when a value does not fit a whole number of Omni-Channel's range. */
    static RuleEvent build(EventType event, Presence presence, Map<Operand, Object> values) {
        RuleEvent.Builder b = RuleEvent.builder(event);
        for (Operand o : event.carries()) {
            if (o.isDerived() || !presence.has(o) || o.type() != ValueType.TEXT
                    || event == EventType.SALESFORCE_AGENT_LOGOUT) {
                continue;
            }
            Object v = values.get(o);
            b.text(o, v == null ? "x" : (String) v);
        }
        if (event != EventType.SALESFORCE_WORKLOAD_CHANGED) {
            return b.build();
        }
        Rational previousPct = (Rational) values.get(Operand.SALESFORCE_PREVIOUS_WORKLOAD_PCT);
        Rational newPct = (Rational) values.get(Operand.SALESFORCE_NEW_WORKLOAD_PCT);
        BigInteger scale = BigInteger.ONE;
        for (Rational r : new Rational[] {previousPct, newPct}) {
            if (r != null) {
                scale = lcm(scale, r.denominator());
            }
        }
        BigInteger capacity = whole(values.get(Operand.SALESFORCE_CONFIGURED_CAPACITY));
        if (capacity == null && presence.has(Operand.SALESFORCE_CONFIGURED_CAPACITY)) {
            capacity = Boolean.FALSE.equals(presence.capacityPositive()) ? BigInteger.ZERO : HUNDRED.multiply(scale);
        }
        BigInteger previous = workload(values, Operand.SALESFORCE_PREVIOUS_WORKLOAD, previousPct, capacity, presence);
        BigInteger next = workload(values, Operand.SALESFORCE_NEW_WORKLOAD, newPct, capacity, presence);
        if (!set(b, Operand.SALESFORCE_PREVIOUS_WORKLOAD, previous) || !set(b, Operand.SALESFORCE_NEW_WORKLOAD, next)
                || !set(b, Operand.SALESFORCE_CONFIGURED_CAPACITY, capacity)) {
            return null;
        }
        return b.build();
    }

    /** The workload's own value, else the one that gives its Pct value at this capacity. */
    private static BigInteger workload(Map<Operand, Object> values, Operand workload, Rational pct,
                                       BigInteger capacity, Presence presence) {
        if (!presence.has(workload)) {
            return null;
        }
        BigInteger own = whole(values.get(workload));
        if (own != null) {
            return own;
        }
        if (pct == null || capacity == null || capacity.signum() == 0) {
            return BigInteger.ZERO;
        }
        BigInteger[] qr = pct.numerator().multiply(capacity).divideAndRemainder(pct.denominator().multiply(HUNDRED));
        return qr[1].signum() == 0 ? qr[0] : BigInteger.ZERO; // not exact: the interpreter check rejects it
    }

    private static boolean set(RuleEvent.Builder b, Operand o, BigInteger value) {
        if (value == null) {
            return true;
        }
        if (value.signum() < 0 || value.compareTo(MAX_LONG) > 0) {
            return false;
        }
        b.number(o, value.longValueExact());
        return true;
    }

    private static BigInteger whole(Object value) {
        return value instanceof Rational r && r.isInteger() ? r.numerator() : null;
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }
}
