package dev.presync.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.presync.runtime.Action;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One compiled rule set shared by many threads answers exactly as it does on one. */
class ConcurrencyTest {
    @Test
    void manyThreadsGetTheSingleThreadedAnswers() throws Exception {
        RuleSet compiled = Compiled.load(ScaleTest.bigRuleSet(4_000));
        List<RuleEvent> events = new ArrayList<>();
        for (int i = 0; i < 4_000; i += 3) {
            events.add(RuleEvent.connectAgentStateChange("state-" + i, i % 2 == 0 ? "old-" + i : "x"));
            events.add(RuleEvent.salesforceWorkloadChanged(1, i, 4_000));
            events.add(RuleEvent.salesforceAgentStateChange("status-" + i));
        }
        List<List<Action>> expected = events.stream().map(compiled::evaluate).toList();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<List<Action>>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<List<Action>> got = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        got.clear();
                        for (RuleEvent e : events) {
                            got.add(compiled.evaluate(e));
                        }
                    }
                    return got;
                }));
            }
            start.countDown();
            for (Future<List<List<Action>>> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
