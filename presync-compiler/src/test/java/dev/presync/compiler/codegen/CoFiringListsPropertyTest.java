package dev.presync.compiler.codegen;

import static dev.presync.compiler.codegen.Rules.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.interp.Interpreter;
import dev.presync.runtime.Action;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * The list API's multi-fire results come from a per-thread cache of lists, one per co-firing set
 * ({@code CoFiringLists}). On random rule sets that co-fire often (three values per operand) and
 * a few distinct events repeated many times, through straight-line and indexed code, with the
 * shipped cap and with caps of 0 to 3 sets: every list equals the interpreter's, is in source
 * order and unmodifiable; a list kept from an earlier call is unchanged after all later calls;
 * and a set is answered with one and the same list exactly when the cap had room for it on its
 * first fire (fill until full, then build a new list each call, as before the cache).
 */
class CoFiringListsPropertyTest {
    private static final List<String> VALUES = List.of("A", "B", "C");
    private static final List<String> NUMBERS = List.of("0", "1", "2", "3");

    @Test
    void multiFireListsAreKeptPerCoFiringSetUpToTheCap() {
        AtomicLong multiFires = new AtomicLong();
        AtomicLong reused = new AtomicLong();
        AtomicLong builtPastTheCap = new AtomicLong();
        qt().withExamples(200).forAll(ruleSets(), events(), caps()).checkAssert((rules, events, cap) -> {
            for (boolean direct : new boolean[] {true, false}) {
                long[] counts = check(rules, events, direct, cap);
                multiFires.addAndGet(counts[0]);
                reused.addAndGet(counts[1]);
                builtPastTheCap.addAndGet(counts[2]);
            }
        });
        assertTrue(multiFires.get() > 50_000, "only " + multiFires + " multi-fires");
        assertTrue(reused.get() > multiFires.get() / 4, reused + " reused of " + multiFires);
        assertTrue(builtPastTheCap.get() > 10_000, "only " + builtPastTheCap + " lists built past the cap");
    }

    /** Evaluates the events in order; returns {multi-fires, answered with a kept list, built past the cap}. */
    private static long[] check(CheckedRuleSet rules, List<RuleEvent> events, boolean direct, int cap) {
        RuleSet compiled = Compiled.loadKeeping(rules, direct, cap);
        Interpreter oracle = new Interpreter(rules);
        Map<List<Object>, List<Action>> kept = new HashMap<>();
        Map<List<Object>, Boolean> seen = new HashMap<>();
        Set<List<Action>> handedOut = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        int keptPositions = 0;
        List<List<Action>> returned = new ArrayList<>();
        List<List<Action>> copies = new ArrayList<>();
        long[] counts = new long[3];
        for (RuleEvent e : events) {
            List<Action> expected = oracle.evaluate(e);
            List<Action> got = compiled.evaluate(e);
            String where = "event " + e + ", cap " + cap + (direct ? "" : ", indexed") + ", rules " + rules.rules();
            assertEquals(expected, got, where);
            assertInSourceOrder(got, where);
            assertUnmodifiable(got);
            returned.add(got);
            copies.add(new ArrayList<>(got));
            if (got.size() < 2) {
                continue;
            }
            counts[0]++;
            List<Object> key = List.of(e.type(), got.stream().map(Action::rule).toList());
            if (!seen.containsKey(key)) {
                boolean room = kept.size() < cap
                        && got.size() <= cap * RuleSetClassEmitter.CO_FIRING_POSITIONS_PER_SET - keptPositions;
                seen.put(key, room);
                if (room) {
                    kept.put(key, got);
                    keptPositions += got.size();
                }
                assertFalse(handedOut.contains(got), () -> "a new co-firing set got an old list: " + where);
            } else if (seen.get(key)) {
                assertSame(kept.get(key), got, () -> "a kept set's list was not reused: " + where);
                counts[1]++;
            } else {
                assertFalse(handedOut.contains(got), () -> "a set past the cap got an old list: " + where);
                counts[2]++;
            }
            handedOut.add(got);
        }
        for (int i = 0; i < returned.size(); i++) {
            assertEquals(copies.get(i), returned.get(i), "a list kept from call " + i + " changed later");
        }
        return counts;
    }

    /** Rules.add names rule i "r" + i; a list in source order names them ascending. */
    private static void assertInSourceOrder(List<Action> actions, String where) {
        for (int i = 1; i < actions.size(); i++) {
            int before = Integer.parseInt(actions.get(i - 1).rule().substring(1));
            int after = Integer.parseInt(actions.get(i).rule().substring(1));
            assertTrue(before < after, () -> "out of source order: " + actions + ", " + where);
        }
    }

    private static void assertUnmodifiable(List<Action> actions) {
        Action any = new Action(dev.presync.runtime.Destination.CONNECT, "X", "x");
        assertThrows(UnsupportedOperationException.class, () -> actions.add(any));
        assertThrows(UnsupportedOperationException.class, actions::clear);
        if (!actions.isEmpty()) {
            assertThrows(UnsupportedOperationException.class, () -> actions.set(0, any));
            assertThrows(UnsupportedOperationException.class, () -> actions.remove(0));
            assertThrows(UnsupportedOperationException.class, () -> actions.sort(null));
        }
    }

    /** The shipped cap one time in three, else 0 to 3 sets. */
    private static Gen<Integer> caps() {
        return in -> {
            int pick = RuleSetGen.pick(in, 0, 5);
            return pick >= 4 ? RuleSetClassEmitter.CO_FIRING_SETS : pick;
        };
    }

    /** 3 to 12 distinct events, then 300 drawn from them: every co-firing set comes back. */
    private static Gen<List<RuleEvent>> events() {
        return in -> {
            List<RuleEvent> pool = new ArrayList<>();
            int distinct = RuleSetGen.pick(in, 3, 12);
            for (int i = 0; i < distinct; i++) {
                pool.add(switch (RuleSetGen.pick(in, 0, 3)) {
                    case 0, 1 -> RuleEvent.connectAgentStateChange(value(in), value(in));
                    case 2 -> RuleEvent.salesforceAgentStateChange(value(in));
                    default -> RuleEvent.salesforceWorkloadChanged(RuleSetGen.pick(in, 0, 3), RuleSetGen.pick(in, 0, 3),
                            RuleSetGen.pick(in, 1, 3));
                });
            }
            List<RuleEvent> out = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                out.add(pool.get(RuleSetGen.pick(in, 0, pool.size() - 1)));
            }
            return out;
        };
    }

    private static Gen<CheckedRuleSet> ruleSets() {
        return in -> {
            Rules rules = new Rules();
            int count = RuleSetGen.pick(in, 2, 40);
            for (int i = 0; i < count; i++) {
                boolean active = RuleSetGen.pick(in, 0, 9) > 0;
                switch (RuleSetGen.pick(in, 0, 3)) {
                    case 0, 1 -> rules.add(active, EventType.CONNECT_AGENT_STATE_CHANGE, connect(in), "S" + i);
                    case 2 -> rules.add(active, EventType.SALESFORCE_AGENT_STATE_CHANGE, salesforce(in), "S" + i);
                    default -> rules.add(active, EventType.SALESFORCE_WORKLOAD_CHANGED, workload(in), "S" + i);
                }
            }
            return rules.build();
        };
    }

    /** Keyed, or-listed, negated, paired and unconditional rules over three values. */
    private static Condition connect(RandomnessSource in) {
        Operand newState = Operand.CONNECT_NEW_STATE;
        Operand oldState = Operand.CONNECT_OLD_STATE;
        return switch (RuleSetGen.pick(in, 0, 6)) {
            case 0 -> always();
            case 1 -> eq(newState, value(in));
            case 2 -> eq(oldState, value(in));
            case 3 -> any(eq(newState, value(in)), eq(newState, value(in)));
            case 4 -> not(eq(newState, value(in)));
            case 5 -> all(eq(newState, value(in)), eq(oldState, value(in)));
            default -> all(eq(newState, value(in)), not(eq(oldState, value(in))));
        };
    }

    private static Condition salesforce(RandomnessSource in) {
        Operand state = Operand.SALESFORCE_NEW_STATE;
        return switch (RuleSetGen.pick(in, 0, 2)) {
            case 0 -> always();
            case 1 -> eq(state, value(in));
            default -> not(eq(state, value(in)));
        };
    }

    private static Condition workload(RandomnessSource in) {
        Comparator op = Comparator.values()[RuleSetGen.pick(in, 0, Comparator.values().length - 1)];
        return switch (RuleSetGen.pick(in, 0, 3)) {
            case 0 -> always();
            case 1 -> cmp(Operand.SALESFORCE_NEW_WORKLOAD, op, small(in));
            case 2 -> all(cmp(Operand.SALESFORCE_CONFIGURED_CAPACITY, Comparator.EQ, small(in)),
                    cmp(Operand.SALESFORCE_NEW_WORKLOAD, op, small(in)));
            default -> cmp(Operand.SALESFORCE_PREVIOUS_WORKLOAD, op, small(in));
        };
    }

    private static String value(RandomnessSource in) {
        return VALUES.get(RuleSetGen.pick(in, 0, VALUES.size() - 1));
    }

    private static String small(RandomnessSource in) {
        return NUMBERS.get(RuleSetGen.pick(in, 0, NUMBERS.size() - 1));
    }
}
