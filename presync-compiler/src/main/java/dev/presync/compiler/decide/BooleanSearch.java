package dev.presync.compiler.decide;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Rational;
import dev.presync.compiler.checked.Term;
import dev.presync.compiler.interp.ConditionEvaluator;
import dev.presync.compiler.interp.EventValuation;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks for an event that makes a condition hold, for one {@link Presence} case: it gives the
 * comparisons truth values one at a time, in the order the condition reads, until the condition is
 * decided, and asks {@link OrderSolver} whether the comparisons given so far can hold together.
 * Comparisons with a missing side are false from the start. Any {@code not}/{@code and}/{@code or}
 * nesting is handled the same way, without rewriting the condition.
 */
final class BooleanSearch {
    /** Past this many fixed comparisons, consistency is only checked once the condition is decided. */
    private static final int EAGER_CHECK_LIMIT = 48;

    private final EventType event;
    private final Presence presence;
    private final Condition condition;
    private final Budget budget;
    private final OrderSolver solver;
    private final Map<Condition.Compare, Boolean> fixed = new HashMap<>();
    private final List<Condition.Compare> trail = new ArrayList<>();
    /** Set when a model of the relaxed problem did not give a real event (Pct meets raw numbers). */
    private boolean incomplete;

    BooleanSearch(EventType event, Presence presence, Condition condition, Budget budget) {
        this.event = event;
        this.presence = presence;
        this.condition = condition;
        this.budget = budget;
        this.solver = new OrderSolver(budget);
    }

    /** A real event on which the condition holds, or null. */
    RuleEvent search() {
        Object state = evaluate(condition);
        if (state instanceof Boolean b) {
            return b ? leaf() : null;
        }
        Condition.Compare next = (Condition.Compare) state;
        for (boolean value : new boolean[] {true, false}) {
            fixed.put(next, value);
            trail.add(next);
            boolean plausible = trail.size() > EAGER_CHECK_LIMIT || solver.solve(literals()) != null;
            RuleEvent found = plausible ? search() : null;
            trail.remove(trail.size() - 1);
            fixed.remove(next);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** True when a search that found nothing may have missed an event (see {@link Decision.Undecided}). */
    boolean incomplete() {
        return incomplete;
    }

    /** The condition is decided true: find values, build the event, and check it for real. */
    private RuleEvent leaf() {
        Map<Operand, Object> values = solver.solve(literals());
        if (values == null) {
            return null;
        }
        RuleEvent witness = WitnessBuilder.build(event, presence, values);
        if (witness != null && ConditionEvaluator.holds(condition, new EventValuation(witness))) {
            return witness;
        }
        incomplete = true;
        return null;
    }

    private List<Literal> literals() {
        List<Literal> out = new ArrayList<>();
        for (Condition.Compare c : trail) {
            out.add(Literal.of(c, fixed.get(c), event));
        }
        Boolean positive = presence.capacityPositive();
        if (positive != null && mentionsCapacity(out)) {
            out.add(new Literal(new Term.Field(Operand.SALESFORCE_CONFIGURED_CAPACITY),
                    positive ? Comparator.GT : Comparator.EQ, new Term.Number(Rational.ZERO)));
        }
        return out;
    }

    private static boolean mentionsCapacity(List<Literal> literals) {
        for (Literal l : literals) {
            if (l.leftOperand() == Operand.SALESFORCE_CONFIGURED_CAPACITY
                    || l.rightOperand() == Operand.SALESFORCE_CONFIGURED_CAPACITY) {
                return true;
            }
        }
        return false;
    }

    /**
     * TRUE or FALSE when the fixed comparisons decide {@code c}; otherwise the first comparison,
     * in reading order, that is still open and matters.
     */
    private Object evaluate(Condition c) {
        budget.spend(1);
        if (c instanceof Condition.Compare compare) {
            if (!present(compare.left()) || !present(compare.right())) {
                return Boolean.FALSE;
            }
            Boolean value = fixed.get(compare);
            return value != null ? value : compare;
        }
        if (c instanceof Condition.Not not) {
            Object inner = evaluate(not.operand());
            return inner instanceof Boolean b ? !b : inner;
        }
        if (c instanceof Condition.All || c instanceof Condition.Any) {
            boolean all = c instanceof Condition.All;
            List<Condition> operands = all ? ((Condition.All) c).operands() : ((Condition.Any) c).operands();
            Object open = null;
            for (Condition operand : operands) {
                Object v = evaluate(operand);
                if (Boolean.valueOf(!all).equals(v)) {
                    return !all;
                }
                if (!(v instanceof Boolean) && open == null) {
                    open = v;
                }
            }
            return open != null ? open : all;
        }
        return Boolean.TRUE;
    }

    private boolean present(Term t) {
        return !(t instanceof Term.Field f) || presence.has(f.operand());
    }
}
