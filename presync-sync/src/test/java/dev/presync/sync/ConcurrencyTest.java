package dev.presync.sync;

import static dev.presync.runtime.Destination.SALESFORCE;
import static dev.presync.runtime.EventType.CONNECT_AGENT_STATE_CHANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many agents at once from many threads: every event handled, each agent's commands in order. */
class ConcurrencyTest {
    @Test
    void manyAgentsOnManyThreads() throws Exception {
        Map<String, List<String>> perAgent = new ConcurrentHashMap<>();
        TableRules mirror = new TableRules();
        for (int i = 0; i < 50; i++) {
            mirror.rule("S" + i, CONNECT_AGENT_STATE_CHANGE, "S" + i, SALESFORCE, "S" + i);
        }
        SyncEngine engine = new SyncEngine(mirror,
                (agent, status) -> perAgent.computeIfAbsent(agent, a -> new CopyOnWriteArrayList<>()).add(status),
                (agent, status) -> { });
        int agents = 200;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> done = new java.util.ArrayList<>();
            for (int a = 0; a < agents; a++) {
                String agent = "agent" + a;
                done.add(pool.submit(() -> {
                    int handled = 0;
                    for (int i = 0; i < 50; i++) {
                        engine.accept(new SourceEvent.ConnectStatusChanged(agent, null, "S" + i));
                        handled++;
                    }
                    return handled;
                }));
            }
            int total = 0;
            for (Future<Integer> f : done) {
                total += f.get();
            }
            assertEquals(agents * 50, total);
        } finally {
            pool.shutdown();
        }
        assertEquals(agents, perAgent.size());
        List<String> expected = java.util.stream.IntStream.range(0, 50).mapToObj(i -> "S" + i).toList();
        perAgent.values().forEach(list -> assertEquals(expected, list));
        assertEquals(agents, engine.agents().size());
    }
}
