package dev.presync.compiler.codegen;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.ValueType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the straight-line scan already knows at a point of its code, so that a later rule does not
 * test it again: the number operands tested present up front, and the bounds that follow from
 * every earlier rule that would have returned had it held. A programmer writes the workload rules
 * as {@code if (!hasNewWorkloadPct) return none; if (w >= c) return AT_CAPACITY;} and then knows
 * {@code w < c} for the rest; the rules as written repeat {@code NewPct < 100} in the two rules
 * after {@code NewPct >= 100}, and C2 does not remove the repeats: the presence test they share
 * is not on every path to them. A scratch JMH harness (docs/compiler.md) read the hand-written
 * class about 0.4 ns per event slower at 10 rules with the repeats written into it.
 *
 * <p>Sound by construction: a conjunct is dropped only when the facts imply it for every value of
 * a present operand, reading the operand's values as dense (a workload is a whole number, which
 * can only make more conjuncts implied, never fewer, so ignoring it is conservative).
 */
final class PathFacts {
    private final EventType type;
    private final Set<Operand> present;
    private final Map<Operand, List<Conjuncts.Bound>> known = new EnumMap<>(Operand.class);

    /** @param present the number operands known present (tested, and returned otherwise, or implied: {@link #withImplied}) */
    PathFacts(EventType type, Set<Operand> present) {
        this.type = type;
        this.present = present.isEmpty() ? EnumSet.noneOf(Operand.class) : EnumSet.copyOf(present);
    }

    /** Nothing known: no operand tested present. */
    static PathFacts none(EventType type) {
        return new PathFacts(type, EnumSet.noneOf(Operand.class));
    }

    /**
     * The number operands that every condition compares at its top level: none of them can hold
     * when such an operand is missing (a comparison with a missing value is false), so one
     * presence test up front may answer "nothing fires" for all of them.
     */
    static Set<Operand> sharedPresence(List<Condition> conditions, EventType type) {
        Set<Operand> shared = null;
        for (Condition c : conditions) {
            Set<Operand> required = EnumSet.noneOf(Operand.class);
            for (Condition conjunct : Conjuncts.of(c)) {
                if (conjunct instanceof Condition.Compare cmp) {
                    addNumberField(cmp.left(), type, required);
                    addNumberField(cmp.right(), type, required);
                }
            }
            if (shared == null) {
                shared = required;
            } else {
                shared.retainAll(required);
            }
        }
        return shared == null ? EnumSet.noneOf(Operand.class) : shared;
    }

    /**
     * {@code tested} with what their presence implies: a Pct has a value only when its workload
     * and the capacity have (RuleEvent's {@code hasNewWorkloadPct}).
     */
    static Set<Operand> withImplied(Set<Operand> tested) {
        Set<Operand> out = tested.isEmpty() ? EnumSet.noneOf(Operand.class) : EnumSet.copyOf(tested);
        if (tested.contains(Operand.SALESFORCE_NEW_WORKLOAD_PCT)) {
            out.add(Operand.SALESFORCE_NEW_WORKLOAD);
            out.add(Operand.SALESFORCE_CONFIGURED_CAPACITY);
        }
        if (tested.contains(Operand.SALESFORCE_PREVIOUS_WORKLOAD_PCT)) {
            out.add(Operand.SALESFORCE_PREVIOUS_WORKLOAD);
            out.add(Operand.SALESFORCE_CONFIGURED_CAPACITY);
        }
        return out;
    }

    private static void addNumberField(Term t, EventType type, Set<Operand> out) {
        if (t instanceof Term.Field f && f.operand().type() == ValueType.NUMBER && type.carries(f.operand())) {
            out.add(f.operand());
        }
    }

    /** True when some operand was tested present: the code has a way out for "nothing fires". */
    boolean guarded() {
        return !present.isEmpty();
    }

    /** {@code c} without the top-level conjuncts these facts imply; {@link Condition.Always} when none is left. */
    Condition simplify(Condition c) {
        List<Condition> kept = new ArrayList<>();
        for (Condition conjunct : Conjuncts.of(c)) {
            if (!implied(conjunct)) {
                kept.add(conjunct);
            }
        }
        if (kept.size() == Conjuncts.of(c).size()) {
            return c;
        }
        return kept.isEmpty() ? new Condition.Always() : kept.size() == 1 ? kept.get(0) : new Condition.All(kept);
    }

    /**
     * The code goes on past a test of {@code tested} only when it was false (the rule returns when
     * it fires): when it is one bound on an operand known present, its negation is known from here.
     */
    void fellThrough(Condition tested) {
        Conjuncts.OperandBound b = Conjuncts.bound(tested, type);
        if (b != null && present.contains(b.operand()) && b.bound().op().isOrdering()) {
            known.computeIfAbsent(b.operand(), o -> new ArrayList<>())
                    .add(new Conjuncts.Bound(b.bound().op().negated(), b.bound().threshold()));
        }
    }

    private boolean implied(Condition conjunct) {
        Conjuncts.OperandBound want = Conjuncts.bound(conjunct, type);
        if (want == null || !present.contains(want.operand()) || !want.bound().op().isOrdering()) {
            return false;
        }
        for (Conjuncts.Bound have : known.getOrDefault(want.operand(), List.of())) {
            if (implies(have, want.bound())) {
                return true;
            }
        }
        return false;
    }

    /** True when every value satisfying {@code have} satisfies {@code want} (both ordering comparators). */
    static boolean implies(Conjuncts.Bound have, Conjuncts.Bound want) {
        int c = have.threshold().compareTo(want.threshold());
        boolean haveStrict = have.op() == Comparator.LT || have.op() == Comparator.GT;
        boolean wantStrict = want.op() == Comparator.LT || want.op() == Comparator.GT;
        boolean bothUpper = isUpper(have.op()) && isUpper(want.op());
        boolean bothLower = !isUpper(have.op()) && !isUpper(want.op());
        if (bothUpper) { // x < a (or <= a) within x < b (or <= b)
            return c < 0 || (c == 0 && (haveStrict || !wantStrict));
        }
        if (bothLower) {
            return c > 0 || (c == 0 && (haveStrict || !wantStrict));
        }
        return false;
    }

    private static boolean isUpper(Comparator op) {
        return op == Comparator.LT || op == Comparator.LE;
    }
}
