package dev.presync.compiler.decide;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.Rational;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.Operand;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Pct in terms of its workload when the capacity is fixed. With {@code capacity == k} (k > 0)
 * among the constraints, {@code Pct op v} is exactly {@code workload op v·k/100} and
 * {@code PreviousPct op NewPct} is {@code PreviousWorkload op NewWorkload}; so rules that name a
 * capacity and compare its Pct with raw workloads are decided exactly, not left undecided.
 */
final class PctRewrite {
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private PctRewrite() {
    }

    static List<Literal> atFixedCapacity(List<Literal> literals) {
        Rational capacity = fixedCapacity(literals);
        if (capacity == null) {
            return literals;
        }
        List<Literal> out = new ArrayList<>(literals.size());
        for (Literal l : literals) {
            boolean pctLeft = isPct(l.left());
            boolean pctRight = isPct(l.right());
            if (pctLeft && pctRight) {
                out.add(new Literal(workload(l.left()), l.op(), workload(l.right())));
            } else if (pctLeft && l.right() instanceof Term.Number n) {
                out.add(new Literal(workload(l.left()), l.op(), scaled(n, capacity)));
            } else if (pctRight && l.left() instanceof Term.Number n) {
                out.add(new Literal(scaled(n, capacity), l.op(), workload(l.right())));
            } else {
                out.add(l); // Pct against a raw number stays as it is: the witness check decides
            }
        }
        return out;
    }

    private static boolean isPct(Term t) {
        return t instanceof Term.Field f && f.operand().isDerived();
    }

    private static Term workload(Term pct) {
        return new Term.Field(Presence.workloadOf(((Term.Field) pct).operand()));
    }

    /** {@code v · capacity / 100}: the workload at which the Pct is {@code v}. */
    private static Term scaled(Term.Number n, Rational capacity) {
        Rational v = n.value();
        return new Term.Number(new Rational(v.numerator().multiply(capacity.numerator()), v.denominator().multiply(HUNDRED)));
    }

    /** The positive whole capacity the literals fix with {@code ==}, or null. */
    private static Rational fixedCapacity(List<Literal> literals) {
        for (Literal l : literals) {
            if (l.op() != Comparator.EQ) {
                continue;
            }
            Operand a = l.leftOperand();
            Operand b = l.rightOperand();
            Object c = a == Operand.SALESFORCE_CONFIGURED_CAPACITY && b == null ? Literal.constant(l.right())
                    : b == Operand.SALESFORCE_CONFIGURED_CAPACITY && a == null ? Literal.constant(l.left()) : null;
            if (c instanceof Rational r && r.isInteger() && r.numerator().signum() > 0) {
                return r;
            }
        }
        return null;
    }
}
