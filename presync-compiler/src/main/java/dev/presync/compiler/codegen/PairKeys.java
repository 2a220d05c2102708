package dev.presync.compiler.codegen;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Rational;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.ValueType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Composite keys: the finitely many value pairs a rule allows for two supplied number operands
 * (workloads and capacity). {@code SalesforceConfiguredCapacity == 40 and SalesforceNewWorkload == 7}
 * allows one pair; {@code SalesforceConfiguredCapacity == 40 and SalesforceNewWorkloadPct > 30 and
 * SalesforceNewWorkloadPct <= 35} allows two, (40, 13) and (40, 14): the whole workloads w with
 * 30 < 100 w / 40 <= 35. A lookup of the event's two values in a
 * hash table of such pairs then proves every conjunct the pairs were computed from, Pct bands,
 * {@code !=} and presence included, so the candidate skips all of them.
 *
 * <p>Each pair is checked exactly (rationals, no rounding) against every consumed conjunct, so a
 * pair is listed only when all of them hold for it. A rule whose values are not confined to at
 * most {@link #MAX_PAIRS} pairs is not keyed this way.
 */
final class PairKeys {
    /** Past this many pairs a rule is left to the single-operand indexes (storage stays linear). */
    static final int MAX_PAIRS = 64;

    /** Two supplied number operands, {@code first} before {@code second} in operand order. */
    record Pair(Operand first, Operand second) {
        String spelling() {
            return first.spelling() + "$" + second.spelling();
        }
    }

    /**
     * @param values the allowed pairs, each {first value, second value}; empty when the rule can never fire
     * @param rest   the condition without the consumed conjuncts (Always when nothing is left)
     */
    record Keys(List<long[]> values, Condition rest) {
    }

    /** {@code operand op threshold}; a Pct threshold is already divided by 100. */
    private record Constraint(Operand operand, Comparator op, Rational threshold) {
    }

    private PairKeys() {
    }

    /** The pairs of supplied number operands the event type carries, in operand order. */
    static List<Pair> pairs(EventType type) {
        List<Operand> plain = new ArrayList<>();
        for (Operand o : Operand.values()) {
            if (o.type() == ValueType.NUMBER && !o.isDerived() && type.carries(o)) {
                plain.add(o);
            }
        }
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < plain.size(); i++) {
            for (int j = i + 1; j < plain.size(); j++) {
                out.add(new Pair(plain.get(i), plain.get(j)));
            }
        }
        return out;
    }

    /** The rule's keys on {@code pair}, or null when its conjuncts do not confine both operands to few values. */
    static Keys keys(Condition condition, EventType type, Pair pair) {
        List<Constraint> used = new ArrayList<>();
        List<Condition> rest = new ArrayList<>();
        for (Condition c : Conjuncts.of(condition)) {
            Constraint k = constraint(c, type, pair);
            if (k == null) {
                rest.add(c);
            } else {
                used.add(k);
            }
        }
        // The capacity's range first: a Pct constraint narrows its workload only once that is known.
        BigInteger[] capacity = null;
        if (pair.first() == Operand.SALESFORCE_CONFIGURED_CAPACITY || pair.second() == Operand.SALESFORCE_CONFIGURED_CAPACITY) {
            capacity = range(Operand.SALESFORCE_CONFIGURED_CAPACITY, used, null);
        }
        BigInteger[] first = range(pair.first(), used, capacity);
        BigInteger[] second = range(pair.second(), used, capacity);
        long firstCount = count(first).min(BigInteger.valueOf(MAX_PAIRS + 1)).longValue();
        long secondCount = count(second).min(BigInteger.valueOf(MAX_PAIRS + 1)).longValue();
        if (firstCount * secondCount > MAX_PAIRS) {
            return null;
        }
        List<long[]> values = new ArrayList<>();
        for (long i = 0; i < firstCount; i++) {
            long a = first[0].longValue() + i;
            for (long j = 0; j < secondCount; j++) {
                long b = second[0].longValue() + j;
                if (allHold(used, pair, a, b)) {
                    values.add(new long[] {a, b});
                }
            }
        }
        Condition left = rest.isEmpty() ? new Condition.Always() : rest.size() == 1 ? rest.get(0) : new Condition.All(rest);
        return new Keys(values, left);
    }

    /**
     * A conjunct {@code operand op number} (either way round) on one of the pair's operands, or
     * on the Pct of one of them when the other is the capacity; null for any other conjunct.
     */
    private static Constraint constraint(Condition c, EventType type, Pair pair) {
        if (!(c instanceof Condition.Compare cmp)) {
            return null;
        }
        boolean left = cmp.left() instanceof Term.Field;
        if (left == cmp.right() instanceof Term.Field) {
            return null;
        }
        Term.Field field = (Term.Field) (left ? cmp.left() : cmp.right());
        if (!((left ? cmp.right() : cmp.left()) instanceof Term.Number number)) {
            return null;
        }
        Operand o = field.operand();
        if (o.type() != ValueType.NUMBER || !type.carries(o)) {
            return null;
        }
        boolean onPair = o == pair.first() || o == pair.second();
        boolean onPct = o.isDerived() && (o.workloadOfPct() == pair.first() || o.workloadOfPct() == pair.second())
                && (pair.first() == Operand.SALESFORCE_CONFIGURED_CAPACITY
                    || pair.second() == Operand.SALESFORCE_CONFIGURED_CAPACITY);
        if (!onPair && !onPct) {
            return null;
        }
        Comparator op = left ? cmp.op() : cmp.op().flipped();
        return new Constraint(o, op, o.isDerived() ? ExactNumbers.perCapacity(number.value()) : number.value());
    }

    /**
     * An inclusive range of whole values [low, high] that holds every value of {@code operand}
     * the constraints allow (an over-approximation; {@link #allHold} is exact). Values are in
     * [0, Long.MAX_VALUE]. A Pct constraint narrows a workload's range only when the capacity's
     * range ({@code capacity}, may be null) is known.
     */
    private static BigInteger[] range(Operand operand, List<Constraint> used, BigInteger[] capacity) {
        BigInteger low = BigInteger.ZERO;
        BigInteger high = ExactNumbers.LONG_MAX;
        for (Constraint k : used) {
            if (k.operand() == operand) {
                BigInteger floor = ExactNumbers.floor(k.threshold());
                BigInteger ceil = k.threshold().isInteger() ? floor : floor.add(BigInteger.ONE);
                switch (k.op()) {
                    case EQ -> { low = low.max(ceil); high = high.min(floor); }
                    case GT -> low = low.max(floor.add(BigInteger.ONE));
                    case GE -> low = low.max(ceil);
                    case LT -> high = high.min(ceil.subtract(BigInteger.ONE));
                    case LE -> high = high.min(floor);
                    case NE -> { }
                }
            } else if (k.operand().workloadOfPct() == operand && capacity != null && count(capacity).signum() > 0) {
                // w / c op t with c in [c0, c1], c >= 1 where the Pct has a value
                BigInteger c0 = capacity[0].max(BigInteger.ONE);
                BigInteger c1 = capacity[1];
                Rational t = k.threshold();
                boolean lowerBound = k.op() == Comparator.GT || k.op() == Comparator.GE || k.op() == Comparator.EQ;
                boolean upperBound = k.op() == Comparator.LT || k.op() == Comparator.LE || k.op() == Comparator.EQ;
                if (lowerBound && t.numerator().signum() > 0) {
                    low = low.max(ceil(t.numerator().multiply(c0), t.denominator()));
                }
                if (upperBound) {
                    high = t.numerator().signum() < 0 ? BigInteger.ONE.negate()
                            : high.min(t.numerator().multiply(c1).divide(t.denominator()));
                }
            }
        }
        return new BigInteger[] {low, high};
    }

    private static BigInteger ceil(BigInteger n, BigInteger d) {
        BigInteger[] qr = n.divideAndRemainder(d);
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    private static BigInteger count(BigInteger[] range) {
        return range[1].subtract(range[0]).add(BigInteger.ONE).max(BigInteger.ZERO);
    }

    /** Exact: every consumed conjunct holds when the pair's operands are {@code a} and {@code b}. */
    private static boolean allHold(List<Constraint> used, Pair pair, long a, long b) {
        for (Constraint k : used) {
            Rational value;
            if (k.operand().isDerived()) {
                long capacity = pair.first() == Operand.SALESFORCE_CONFIGURED_CAPACITY ? a : b;
                long workload = k.operand().workloadOfPct() == pair.first() ? a : b;
                if (capacity == 0) {
                    return false; // the Pct is missing, and every comparison with it is false
                }
                value = Rational.of(workload, capacity);
            } else {
                value = Rational.of(k.operand() == pair.first() ? a : b);
            }
            int sign = value.compareTo(k.threshold());
            boolean holds = switch (k.op()) {
                case EQ -> sign == 0;
                case NE -> sign != 0;
                case LT -> sign < 0;
                case LE -> sign <= 0;
                case GT -> sign > 0;
                case GE -> sign >= 0;
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }
}
