package dev.presync.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Rational;
import dev.presync.compiler.checked.Term;
import dev.presync.compiler.interp.Interpreter;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Pair keys ({@link PairKeys}): workload rules that pin capacity and a workload by equality, by
 * Pct bands or by small ranges, mixed with {@code !=}, {@code or} lists, field-to-field tests,
 * literals on the left, capacity 0, duplicates and rules that can never fire. Values come from
 * tiny pools so that rules share keys and events hit them, missing values included. The compiled
 * code (straight-line where it fits, and indexed throughout) must give the interpreter's actions
 * in source order, through both APIs.
 */
class PairIndexPropertyTest {
    private static final Operand CAPACITY = Operand.SALESFORCE_CONFIGURED_CAPACITY;
    private static final Operand NEW = Operand.SALESFORCE_NEW_WORKLOAD;
    private static final Operand PREVIOUS = Operand.SALESFORCE_PREVIOUS_WORKLOAD;
    private static final Operand NEW_PCT = Operand.SALESFORCE_NEW_WORKLOAD_PCT;
    private static final Operand PREVIOUS_PCT = Operand.SALESFORCE_PREVIOUS_WORKLOAD_PCT;
    private static final List<String> SMALL = List.of("0", "1", "2", "3", "4", "5", "2.5", "-1", "6");
    private static final List<String> PCTS = List.of("0", "25", "33.33", "33.34", "50", "60", "66.67", "75", "100",
            "125", "150", "-1", "40.5");

    @Test
    void pairKeyedRulesAgreeWithTheInterpreter() {
        AtomicInteger withPairs = new AtomicInteger();
        AtomicInteger sets = new AtomicInteger();
        qt().withExamples(250).forAll(ruleSets(), events()).checkAssert((rules, events) -> {
            sets.incrementAndGet();
            if (IndexPlanner.plan(rules).stream().anyMatch(p -> !p.pairIndexes().isEmpty())) {
                withPairs.incrementAndGet();
            }
            Compiled.assertAgreeWithInterpreter(rules, events);
        });
        assertTrue(withPairs.get() * 2 > sets.get(), () -> "pair indexes in only " + withPairs + " of " + sets + " sets");
    }

    private static Gen<List<RuleEvent>> events() {
        return in -> {
            List<RuleEvent> out = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                RuleEvent.Builder b = RuleEvent.builder(EventType.SALESFORCE_WORKLOAD_CHANGED);
                for (Operand o : List.of(PREVIOUS, NEW, CAPACITY)) {
                    int v = RuleSetGen.pick(in, 0, 9);
                    if (v < 9) {
                        b.number(o, v == 8 ? Long.MAX_VALUE : v); // 9: missing
                    }
                }
                out.add(b.build());
            }
            return out;
        };
    }

    private static Gen<CheckedRuleSet> ruleSets() {
        return in -> {
            int count = RuleSetGen.pick(in, 1, 60);
            List<CheckedRule> rules = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                boolean workload = RuleSetGen.pick(in, 0, 9) > 0;
                EventType type = workload ? EventType.SALESFORCE_WORKLOAD_CHANGED : EventType.CONNECT_AGENT_STATE_CHANGE;
                Condition c = workload ? workloadCondition(in) : RuleSetGen.condition(in, 2);
                rules.add(new CheckedRule(i, "rule" + i, i + 1, RuleSetGen.pick(in, 0, 11) > 0, type, c,
                        RuleSetGen.pick(in, 0, 1) == 0 ? Destination.CONNECT : Destination.SALESFORCE, "S" + i));
            }
            return new CheckedRuleSet("pairs.rules", rules);
        };
    }

    /** An and of 1..5 conjuncts; most rules pin the capacity and a workload or a Pct band. */
    private static Condition workloadCondition(RandomnessSource in) {
        List<Condition> conjuncts = new ArrayList<>();
        if (RuleSetGen.pick(in, 0, 5) > 0) {
            conjuncts.add(compare(in, CAPACITY, Comparator.EQ, SMALL));
        }
        int n = RuleSetGen.pick(in, 1, 4);
        for (int i = 0; i < n; i++) {
            conjuncts.add(conjunct(in));
        }
        java.util.Collections.rotate(conjuncts, RuleSetGen.pick(in, 0, conjuncts.size()));
        return conjuncts.size() == 1 ? conjuncts.get(0) : new Condition.All(conjuncts);
    }

    private static Condition conjunct(RandomnessSource in) {
        Comparator anyOp = Comparator.values()[RuleSetGen.pick(in, 0, Comparator.values().length - 1)];
        Operand workload = RuleSetGen.pick(in, 0, 1) == 0 ? NEW : PREVIOUS;
        Operand pct = workload == NEW ? NEW_PCT : PREVIOUS_PCT;
        return switch (RuleSetGen.pick(in, 0, 9)) {
            case 0, 1 -> compare(in, workload, Comparator.EQ, SMALL);
            case 2 -> compare(in, workload, anyOp, SMALL);
            case 3 -> new Condition.All(List.of(compare(in, pct, RuleSetGen.pick(in, 0, 1) == 0 ? Comparator.GT : Comparator.GE, PCTS),
                    compare(in, pct, RuleSetGen.pick(in, 0, 1) == 0 ? Comparator.LT : Comparator.LE, PCTS)));
            case 4 -> compare(in, pct, anyOp, PCTS);
            case 5 -> compare(in, CAPACITY, anyOp, SMALL);
            case 6 -> new Condition.Any(List.of(compare(in, CAPACITY, Comparator.EQ, SMALL), compare(in, CAPACITY, Comparator.EQ, SMALL)));
            case 7 -> new Condition.Compare(new Term.Field(NEW), anyOp, new Term.Field(PREVIOUS));
            case 8 -> new Condition.Not(compare(in, workload, Comparator.EQ, SMALL));
            default -> RuleSetGen.condition(in, 1);
        };
    }

    /** {@code operand op literal}, one time in four written literal first. */
    private static Condition compare(RandomnessSource in, Operand operand, Comparator op, List<String> pool) {
        Term literal = new Term.Number(Rational.of(new BigDecimal(pool.get(RuleSetGen.pick(in, 0, pool.size() - 1)))));
        return RuleSetGen.pick(in, 0, 3) == 0
                ? new Condition.Compare(literal, op.flipped(), new Term.Field(operand))
                : new Condition.Compare(new Term.Field(operand), op, literal);
    }
}
