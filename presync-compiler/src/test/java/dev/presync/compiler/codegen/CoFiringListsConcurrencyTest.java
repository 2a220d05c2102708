package dev.presync.compiler.codegen;

import static dev.presync.compiler.codegen.Rules.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.interp.Interpreter;
import dev.presync.runtime.Action;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Several threads evaluating one compiled rule set at once, nearly every event firing several
 * rules: each thread keeps its own multi-fire lists, so every thread gets the interpreter's
 * lists, answers a repeated co-firing set with the list it got the first time (shipped cap),
 * and the lists it kept from its first round are unchanged after every later round, whatever
 * the other threads did meanwhile. With a cap of one set, the same holds but for the reuse.
 */
class CoFiringListsConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 30;

    /** 120 Connect rules (indexed) and 6 Salesforce rules (straight-line), co-firing in many ways. */
    private static CheckedRuleSet rules() {
        Rules rules = new Rules();
        String[] values = {"A", "B", "C", "D"};
        for (int i = 0; i < 120; i++) {
            String v = values[i % 4];
            String w = values[(i / 4) % 4];
            rules.add(EventType.CONNECT_AGENT_STATE_CHANGE, switch (i % 3) {
                case 0 -> eq(Operand.CONNECT_NEW_STATE, v);
                case 1 -> all(eq(Operand.CONNECT_NEW_STATE, v), not(eq(Operand.CONNECT_OLD_STATE, w)));
                default -> any(eq(Operand.CONNECT_OLD_STATE, w), eq(Operand.CONNECT_NEW_STATE, "Z" + i));
            }, "S" + i);
        }
        for (int i = 0; i < 6; i++) {
            rules.add(EventType.SALESFORCE_AGENT_STATE_CHANGE,
                    i % 2 == 0 ? always() : not(eq(Operand.SALESFORCE_NEW_STATE, values[i % 4])), "T" + i);
        }
        return rules.build();
    }

    private static List<RuleEvent> events() {
        List<RuleEvent> events = new ArrayList<>();
        for (String v : List.of("A", "B", "C", "D", "E")) {
            for (String w : List.of("A", "B", "C", "D", "E")) {
                events.add(RuleEvent.connectAgentStateChange(v, w));
            }
            events.add(RuleEvent.salesforceAgentStateChange(v));
        }
        return events;
    }

    @Test
    void threadsAtOnceEachReuseTheirOwnListsAndNeverDisturbAKeptOne() throws Exception {
        CheckedRuleSet rules = rules();
        runAtOnce(Compiled.load(rules), rules, true);
    }

    @Test
    void threadsAtOncePastATinyCapStillGetTheRightLists() throws Exception {
        CheckedRuleSet rules = rules();
        runAtOnce(Compiled.loadKeeping(rules, true, 1), rules, false);
    }

    private static void runAtOnce(RuleSet compiled, CheckedRuleSet rules, boolean reuses) throws Exception {
        List<RuleEvent> events = events();
        Interpreter oracle = new Interpreter(rules);
        List<List<Action>> expected = events.stream().map(oracle::evaluate).toList();
        assertTrue(expected.stream().filter(l -> l.size() >= 2).count() > events.size() * 3 / 4,
                "most events must fire several rules");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<List<Action>>>> firstRounds = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                firstRounds.add(pool.submit(() -> {
                    start.await();
                    List<List<Action>> first = new ArrayList<>();
                    for (RuleEvent e : events) {
                        first.add(compiled.evaluate(e));
                    }
                    for (int round = 1; round < ROUNDS; round++) {
                        for (int i = 0; i < events.size(); i++) {
                            List<Action> again = compiled.evaluate(events.get(i));
                            assertEquals(expected.get(i), again);
                            if (reuses && again.size() >= 2) {
                                assertSame(first.get(i), again, "a repeated co-firing set, on the same thread");
                            }
                        }
                    }
                    return first;
                }));
            }
            start.countDown();
            for (Future<List<List<Action>>> f : firstRounds) {
                assertEquals(expected, f.get(), "the first round's lists, after every thread's last round");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
