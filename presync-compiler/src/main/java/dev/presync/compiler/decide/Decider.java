package dev.presync.compiler.decide;

import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one decision procedure for conditions, shared by the checker's constant-condition warning
 * and by {@code presync lint}: can this condition hold on some event of this type, and on which
 * one? It is exact for the language: exact rationals, whole workloads and capacity, UTF-16
 * strings, missing values, what each event carries, a logout's 'Offline', Pct against constants
 * and against Pct. Where a Pct value is compared with the workload or capacity it is derived from,
 * it treats the Pct as free, which can only find more events, and hands out an event only after the
 * interpreter confirms it; otherwise it says {@link Decision.Undecided}, never a wrong answer.
 */
public final class Decider {
    /** Past this many top-level {@code and} operands a contradiction is reported whole, not narrowed. */
    private static final int MAX_CORE_OPERANDS = 32;

    private final long budgetUnits;

    private Decider(long budgetUnits) {
        this.budgetUnits = budgetUnits;
    }

    /** A decider with the default bound on work per question. */
    public static Decider standard() {
        return new Decider(Budget.DEFAULT);
    }

    /** Whether {@code condition} holds on some event of type {@code event}: a witness, or why not. */
    public Decision satisfiable(EventType event, Condition condition) {
        Decision d = decide(event, condition);
        if (d instanceof Decision.Contradiction) {
            return new Decision.Contradiction(core(event, condition));
        }
        return d;
    }

    /** Whether {@code condition} holds on every event of type {@code event}: a counterexample, or why. */
    public Decision valid(EventType event, Condition condition) {
        return satisfiable(event, new Condition.Not(condition));
    }

    /**
     * Whether some event of type {@code event} satisfies every one of {@code conditions}. A
     * contradiction names the conditions whole: pairwise questions need the verdict, not the reason.
     */
    public Decision together(EventType event, List<Condition> conditions) {
        return decide(event, new Condition.All(conditions));
    }

    private Decision decide(EventType event, Condition condition) {
        Budget budget = new Budget(budgetUnits);
        Set<Operand> mentioned = EnumSet.noneOf(Operand.class);
        collect(condition, mentioned);
        boolean incomplete = false;
        try {
            for (Presence presence : Presence.cases(event, mentioned)) {
                BooleanSearch search = new BooleanSearch(event, presence, condition, budget);
                RuleEvent witness = search.search();
                if (witness != null) {
                    return new Decision.Witness(witness);
                }
                incomplete |= search.incomplete();
            }
        } catch (Budget.Exhausted e) {
            return new Decision.Undecided("the condition is too large to decide");
        }
        return incomplete
                ? new Decision.Undecided("a Pct value is compared with the workload or capacity it is derived from")
                : new Decision.Contradiction(List.of(condition));
    }

    /** The top-level {@code and} operands that already contradict each other, narrowed one at a time. */
    private List<Condition> core(EventType event, Condition condition) {
        if (!(condition instanceof Condition.All all) || all.operands().size() > MAX_CORE_OPERANDS) {
            return List.of(condition);
        }
        List<Condition> core = new ArrayList<>(all.operands());
        for (int i = core.size() - 1; i >= 0 && core.size() > 1; i--) {
            List<Condition> without = new ArrayList<>(core);
            without.remove(i);
            if (decide(event, new Condition.All(without)) instanceof Decision.Contradiction) {
                core = without;
            }
        }
        return core;
    }

    private static void collect(Condition c, Set<Operand> out) {
        if (c instanceof Condition.Compare compare) {
            for (Term t : List.of(compare.left(), compare.right())) {
                if (t instanceof Term.Field f) {
                    out.add(f.operand());
                }
            }
        } else if (c instanceof Condition.Not not) {
            collect(not.operand(), out);
        } else if (c instanceof Condition.All all) {
            all.operands().forEach(x -> collect(x, out));
        } else if (c instanceof Condition.Any any) {
            any.operands().forEach(x -> collect(x, out));
        }
    }
}
