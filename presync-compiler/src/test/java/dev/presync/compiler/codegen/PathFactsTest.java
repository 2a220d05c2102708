package dev.presync.compiler.codegen;

import static dev.presync.compiler.codegen.Rules.all;
import static dev.presync.compiler.codegen.Rules.cmp;
import static dev.presync.compiler.codegen.Rules.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Rational;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * {@link PathFacts}: the straight-line scan tests a shared operand present once and does not
 * repeat a bound an earlier returning rule has settled. The interpreter is the oracle for the
 * compiled code, and brute force over a grid finer than every threshold for the implication.
 */
class PathFactsTest {
    private static final EventType TYPE = EventType.SALESFORCE_WORKLOAD_CHANGED;
    private static final Comparator[] ORDERINGS = {Comparator.LT, Comparator.LE, Comparator.GT, Comparator.GE};
    private static final Operand[] NUMBERS = {Operand.SALESFORCE_NEW_WORKLOAD, Operand.SALESFORCE_PREVIOUS_WORKLOAD,
        Operand.SALESFORCE_NEW_WORKLOAD_PCT, Operand.SALESFORCE_PREVIOUS_WORKLOAD_PCT,
        Operand.SALESFORCE_CONFIGURED_CAPACITY};
    private static final String[] LITERALS = {"0", "1", "2", "3", "50", "66.66", "99", "100", "101"};

    /** Every threshold a half-integer in 0..3, every value a quarter in -1..4: between and on each threshold. */
    @Test
    void impliesExactlyWhenEveryValueOfTheOneIsAValueOfTheOther() {
        for (Comparator haveOp : ORDERINGS) {
            for (Comparator wantOp : ORDERINGS) {
                for (int a = 0; a <= 6; a++) {
                    for (int b = 0; b <= 6; b++) {
                        Conjuncts.Bound have = new Conjuncts.Bound(haveOp, Rational.of(a, 2));
                        Conjuncts.Bound want = new Conjuncts.Bound(wantOp, Rational.of(b, 2));
                        boolean everyValue = true;
                        for (int q = -4; q <= 16; q++) {
                            Rational x = Rational.of(q, 4);
                            everyValue &= !holds(have, x) || holds(want, x);
                        }
                        assertEquals(everyValue, PathFacts.implies(have, want), have + " implies " + want);
                    }
                }
            }
        }
    }

    private static boolean holds(Conjuncts.Bound b, Rational x) {
        return b.op().test(x.compareTo(b.threshold()));
    }

    /**
     * The rules of {@code ten.rules} on a workload change, which the hand-written Java tests as
     * {@code if (!hasNewWorkloadPct) return none; if (w >= c) ...}: one presence test, and
     * {@code NewPct < 100} not tested again after {@code NewPct >= 100} returned.
     */
    @Test
    void theWorkloadRulesTestNewPctPresentOnceAndItsBoundOnce() {
        CheckedRuleSet rules = new Rules()
                .add(TYPE, cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.GE, "100"), "at_capacity")
                .add(TYPE, all(cmp(Operand.SALESFORCE_PREVIOUS_WORKLOAD_PCT, Comparator.GE, "100"),
                        cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.LT, "100")), "below_capacity")
                .add(TYPE, all(cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.GT, "66.66"),
                        cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.LT, "100"),
                        cmp(field(Operand.SALESFORCE_NEW_WORKLOAD), Comparator.GT,
                                field(Operand.SALESFORCE_PREVIOUS_WORKLOAD))), "nearly_full")
                .build();
        for (String method : List.of("eval$SalesforceWorkloadChanged", "sink$SalesforceWorkloadChanged")) {
            List<String> calls = calls(rules, method);
            assertEquals(1, calls.stream().filter("hasNewWorkloadPct"::equals).count(), method + ": " + calls);
            assertEquals(0, calls.stream().filter("hasNewWorkload"::equals).count(), method + ": " + calls);
            // w against c: once for at_capacity; the two rules after it do not compare them again
            assertEquals(3, calls.stream().filter("configuredCapacity"::equals).count(), method + ": " + calls);
        }
        Compiled.assertAgreeWithInterpreter(rules, events(0, 12));
    }

    /** Workload rules of one to three conjuncts, so a rule of one bound (whose failure the scan learns from) is common. */
    @Test
    void compiledRulesAgreeWithTheInterpreterWhatEverTheFacts() {
        qt().withExamples(150).forAll(ruleSets()).checkAssert(rules -> Compiled.assertAgreeWithInterpreter(rules, events(0, 12)));
    }

    /**
     * Rules that split one operand into bands, top band first, as the workload rules do: each is
     * proved exclusive with the others, so the scan returns where one fires and learns its bound
     * when it does not, which random rules rarely give.
     */
    @Test
    void bandsLearnedFromEarlierRulesAgreeWithTheInterpreter() {
        qt().withExamples(300).forAll(bands()).checkAssert(rules -> Compiled.assertAgreeWithInterpreter(rules, events(0, 12)));
    }

    private static List<String> calls(CheckedRuleSet rules, String methodName) {
        String name = "com.example.Facts";
        ClassNode node = new ClassNode();
        new ClassReader(Compiled.verified(rules, name).bytes(name)).accept(node, 0);
        for (MethodNode method : node.methods) {
            if (method.name.equals(methodName)) {
                List<String> out = new ArrayList<>();
                for (AbstractInsnNode insn : method.instructions) {
                    if (insn instanceof MethodInsnNode call) {
                        out.add(call.name);
                    }
                }
                return out;
            }
        }
        throw new AssertionError("no " + methodName);
    }

    private static Gen<CheckedRuleSet> ruleSets() {
        return in -> {
            Rules rules = new Rules();
            int count = RuleSetGen.pick(in, 1, 5);
            for (int r = 0; r < count; r++) {
                List<Condition> conjuncts = new ArrayList<>();
                int bounds = RuleSetGen.pick(in, 1, 3);
                for (int k = 0; k < bounds; k++) {
                    conjuncts.add(cmp(pick(in, NUMBERS), pick(in, Comparator.values()), pick(in, LITERALS)));
                }
                if (RuleSetGen.pick(in, 0, 3) == 0) {
                    conjuncts.add(cmp(field(pick(in, NUMBERS)), pick(in, Comparator.values()), field(pick(in, NUMBERS))));
                }
                rules.add(TYPE, conjuncts.size() == 1 ? conjuncts.get(0) : new Condition.All(conjuncts), "F" + r);
            }
            return rules.build();
        };
    }

    private static Gen<CheckedRuleSet> bands() {
        return in -> {
            Operand band = pick(in, NUMBERS);
            java.util.TreeSet<Integer> picked = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
            int count = RuleSetGen.pick(in, 2, 4);
            while (picked.size() < count) {
                picked.add(RuleSetGen.pick(in, 0, LITERALS.length - 1));
            }
            Rules rules = new Rules();
            String above = null;
            int r = 0;
            for (int i : picked) {
                List<Condition> conjuncts = new ArrayList<>();
                if (above != null) {
                    conjuncts.add(cmp(band, RuleSetGen.pick(in, 0, 1) == 0 ? Comparator.LT : Comparator.LE, above));
                }
                if (above == null || RuleSetGen.pick(in, 0, 2) != 0) {
                    conjuncts.add(cmp(band, RuleSetGen.pick(in, 0, 1) == 0 ? Comparator.GE : Comparator.GT, LITERALS[i]));
                }
                if (RuleSetGen.pick(in, 0, 2) == 0) {
                    conjuncts.add(cmp(pick(in, NUMBERS), pick(in, Comparator.values()), pick(in, LITERALS)));
                }
                java.util.Collections.shuffle(conjuncts, new java.util.Random(RuleSetGen.pick(in, 0, 1000)));
                rules.add(TYPE, conjuncts.size() == 1 ? conjuncts.get(0) : new Condition.All(conjuncts), "B" + r++);
                above = LITERALS[i];
            }
            return rules.build();
        };
    }

    /** Every combination of missing and present values in {@code low..high}, capacities 0 included. */
    private static List<RuleEvent> events(int low, int high) {
        List<RuleEvent> out = new ArrayList<>();
        for (int previous = low - 1; previous <= high; previous++) {
            for (int next = low - 1; next <= high; next++) {
                for (int capacity = low - 1; capacity <= high; capacity += 2) {
                    RuleEvent.Builder b = RuleEvent.builder(TYPE);
                    if (previous >= low) {
                        b.number(Operand.SALESFORCE_PREVIOUS_WORKLOAD, previous);
                    }
                    if (next >= low) {
                        b.number(Operand.SALESFORCE_NEW_WORKLOAD, next);
                    }
                    if (capacity >= low) {
                        b.number(Operand.SALESFORCE_CONFIGURED_CAPACITY, capacity);
                    }
                    out.add(b.build());
                }
            }
        }
        return out;
    }

    private static <T> T pick(RandomnessSource in, T[] choices) {
        return choices[RuleSetGen.pick(in, 0, choices.length - 1)];
    }
}
