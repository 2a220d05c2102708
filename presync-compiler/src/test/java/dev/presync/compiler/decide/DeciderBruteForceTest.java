package dev.presync.compiler.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Rational;
import dev.presync.compiler.interp.ConditionEvaluator;
import dev.presync.compiler.interp.EventValuation;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decision procedure against brute force. Each family has literals and a finite set of events
 * chosen so that every gap between literals holds as many values as the event has operands (the
 * boundaries, the whole numbers around them, strings one NUL apart): over such a set brute force is
 * itself exact, so the verdicts must agree both ways. Where the set cannot be complete (Pct values
 * derived from small workloads), a "never" verdict must still survive every event of the set, and a
 * witness must hold through the interpreter.
 */
class DeciderBruteForceTest {
    private static final List<String> TEXTS = List.of("", "\u0000", "a", "a\u0000", "b", "ab");
    private static final List<Rational> WHOLE_LITERALS = rationals("-1", "0", "1", "2", "2.5", "3", "7");
    private static final List<Rational> PCT_LITERALS = rationals("0", "12.5", "25", "33.33", "50", "100", "200");

    private final Decider decider = Decider.standard();

    @Test
    void connectTextConditionsAgreeWithBruteForce() {
        List<RuleEvent> events = new ArrayList<>();
        List<String> values = strings(3);
        values.add(null);
        for (String n : values) {
            for (String o : values) {
                events.add(RuleEvent.connectAgentStateChange(n, o));
            }
        }
        agreeExactly(EventType.CONNECT_AGENT_STATE_CHANGE,
                List.of(Operand.CONNECT_NEW_STATE, Operand.CONNECT_OLD_STATE), TEXTS, List.of(), events);
    }

    @Test
    void wholeNumberConditionsAgreeWithBruteForce() {
        List<RuleEvent> events = workloadEvents(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L));
        agreeExactly(EventType.SALESFORCE_WORKLOAD_CHANGED, List.of(Operand.SALESFORCE_PREVIOUS_WORKLOAD,
                        Operand.SALESFORCE_NEW_WORKLOAD, Operand.SALESFORCE_CONFIGURED_CAPACITY),
                List.of(), WHOLE_LITERALS, events);
    }

    @Test
    void logoutAndStateChangeAgreeWithBruteForce() {
        List<String> texts = List.of("Offline", "Offline\u0000", "O", "", "a");
        List<RuleEvent> changes = new ArrayList<>(List.of(RuleEvent.salesforceAgentStateChange(null)));
        for (String literal : texts) {
            for (String tail : strings(2)) {
                changes.add(RuleEvent.salesforceAgentStateChange(literal + tail));
            }
        }
        agreeExactly(EventType.SALESFORCE_AGENT_STATE_CHANGE, List.of(Operand.SALESFORCE_NEW_STATE), texts, List.of(),
                changes);
        agreeExactly(EventType.SALESFORCE_AGENT_LOGOUT, List.of(Operand.SALESFORCE_NEW_STATE), texts, List.of(),
                List.of(RuleEvent.salesforceAgentLogout()));
    }

    @Test
    void pctConditionsAreDecidedAndNeverContradictedByAnEvent() {
        List<RuleEvent> events = workloadEvents(List.of(0L, 1L, 2L, 3L, 4L, 6L, 8L, 16L, 100L));
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Condition c = new Conditions(seed, List.of(Operand.SALESFORCE_PREVIOUS_WORKLOAD_PCT,
                    Operand.SALESFORCE_NEW_WORKLOAD_PCT), List.of(), PCT_LITERALS).condition(3);
            Decision d = decider.satisfiable(EventType.SALESFORCE_WORKLOAD_CHANGED, c);
            assertFalse(d instanceof Decision.Undecided, () -> "Pct against constants and Pct is exact: " + c);
            sound(c, d, events);
        });
    }

    @Test
    void pctMeetingRawNumbersIsNeverWrong() {
        List<RuleEvent> events = workloadEvents(List.of(0L, 1L, 2L, 3L, 4L, 8L, 100L));
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Condition c = new Conditions(seed, List.of(Operand.SALESFORCE_PREVIOUS_WORKLOAD_PCT,
                    Operand.SALESFORCE_NEW_WORKLOAD, Operand.SALESFORCE_CONFIGURED_CAPACITY,
                    Operand.SALESFORCE_PREVIOUS_WORKLOAD), List.of(),
                    rationals("0", "1", "2", "50", "100", "33.33")).condition(3);
            sound(c, decider.satisfiable(EventType.SALESFORCE_WORKLOAD_CHANGED, c), events);
        });
    }

    private void agreeExactly(EventType type, List<Operand> operands, List<String> texts, List<Rational> numbers,
                              List<RuleEvent> events) {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Condition c = new Conditions(seed, operands, texts, numbers).condition(3);
            Decision d = decider.satisfiable(type, c);
            boolean someEvent = events.stream().anyMatch(e -> holds(c, e));
            assertFalse(d instanceof Decision.Undecided, () -> "undecided: " + c);
            assertEquals(someEvent, d.isWitness(), () -> c + " -> " + d);
            sound(c, d, events);
            Decision always = decider.valid(type, c);
            assertEquals(events.stream().allMatch(e -> holds(c, e)), always.isContradiction(), () -> "valid " + c);
        });
    }

    /** A witness holds; a contradiction survives every event of the set. */
    private static void sound(Condition c, Decision d, List<RuleEvent> events) {
        if (d instanceof Decision.Witness w) {
            assertTrue(holds(c, w.event()), () -> c + " does not hold on its witness " + w.event());
        }
        if (d instanceof Decision.Contradiction contradiction) {
            for (RuleEvent e : events) {
                assertFalse(holds(c, e), () -> c + " was called never true, yet holds on " + e);
            }
            Condition core = new Condition.All(contradiction.comparisons());
            for (RuleEvent e : events) {
                assertFalse(holds(core, e), () -> "the reason " + core + " holds on " + e);
            }
        }
    }

    private static boolean holds(Condition c, RuleEvent e) {
        return ConditionEvaluator.holds(c, new EventValuation(e));
    }

    /** Every string of up to {@code length} characters over NUL, 'a' and 'b'. */
    private static List<String> strings(int length) {
        List<String> out = new ArrayList<>(List.of(""));
        List<String> layer = List.of("");
        for (int i = 0; i < length; i++) {
            List<String> next = new ArrayList<>();
            for (String s : layer) {
                for (char ch : new char[] {'\u0000', 'a', 'b'}) {
                    next.add(s + ch);
                }
            }
            out.addAll(next);
            layer = next;
        }
        return out;
    }

    /** Every workload event with values from {@code values} or missing. */
    private static List<RuleEvent> workloadEvents(List<Long> values) {
        List<Long> withMissing = new ArrayList<>(values);
        withMissing.add(null);
        List<RuleEvent> events = new ArrayList<>();
        for (Long p : withMissing) {
            for (Long n : withMissing) {
                for (Long c : withMissing) {
                    RuleEvent.Builder b = RuleEvent.builder(EventType.SALESFORCE_WORKLOAD_CHANGED);
                    if (p != null) {
                        b.number(Operand.SALESFORCE_PREVIOUS_WORKLOAD, p);
                    }
                    if (n != null) {
                        b.number(Operand.SALESFORCE_NEW_WORKLOAD, n);
                    }
                    if (c != null) {
                        b.number(Operand.SALESFORCE_CONFIGURED_CAPACITY, c);
                    }
                    events.add(b.build());
                }
            }
        }
        return events;
    }

    private static List<Rational> rationals(String... values) {
        List<Rational> out = new ArrayList<>();
        for (String v : values) {
            out.add(Rational.of(new BigDecimal(v)));
        }
        return out;
    }
}
