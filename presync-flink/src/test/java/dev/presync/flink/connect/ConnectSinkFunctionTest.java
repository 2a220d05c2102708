package dev.presync.flink.connect;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Connect sink inside a Flink job: every command's outcome arrives on the side output. */
@ExtendWith(StandInCredentials.class)
class ConnectSinkFunctionTest {
    private final ConnectApiStub connect = new ConnectApiStub();

    @AfterEach
    void stop() {
        connect.close();
    }

    @Test
    void everyCommandHasAnOutcome() throws Exception {
        ConnectCommand lunch = new ConnectCommand("c.jsonl:1#0", "jdoe", "Lunch", "LunchToConnect", 3, 1);
        ConnectCommand ghost = new ConnectCommand("c.jsonl:2#0", "ghost", "Lunch", "LunchToConnect", 3, 2);
        ConnectCommand skipped = new ConnectCommand("c.jsonl:3#0", "asmith", "Break", "BreakToConnect", 3, 3);
        skipped.skipped = "the Connect status is already Break";
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        List<String> outcomes = ConnectSinkOperator.attach(env.fromElements(lunch, ghost, skipped), settings(100, 100))
                .getSideOutput(ConnectSinkFunction.OUTCOMES)
                .map(o -> o.kind + " " + o.command.id + " v" + o.command.ruleSetVersion + " " + o.reason)
                .executeAndCollect(3);

        assertEquals(List.of("SENT c.jsonl:1#0 v3 ", "FAILED c.jsonl:2#0 v3 no Connect user has the username ghost",
                "SKIPPED c.jsonl:3#0 v3 the Connect status is already Break"), outcomes);
        connect.server.verify(1, putRequestedFor(urlPathMatching("/users/" + ConnectApiStub.INSTANCE + "/id-jdoe/status")));
    }

    /**
     * More commands than the burst on a bounded input: most wait for the budget when the input
     * ends, where no timer fires any more; they are sent then, and every command has one outcome.
     */
    @Test
    void commandsWaitingWhenTheInputEndsAreSentToo() throws Exception {
        List<ConnectCommand> commands = new ArrayList<>();
        String[] states = {"Lunch", "Break", "Available"};
        for (int i = 0; i < 24; i++) {
            // Eight agents, three commands each: the later ones may replace waiting ones.
            commands.add(new ConnectCommand("c.jsonl:" + i + "#0", "agent" + (i % 8), states[i / 8], "R", 1, i));
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        List<ConnectOutcome> outcomes = ConnectSinkOperator.attach(env.fromCollection(commands), settings(40, 2))
                .getSideOutput(ConnectSinkFunction.OUTCOMES).executeAndCollect(100);

        Map<String, String> kinds = new TreeMap<>();
        for (ConnectOutcome o : outcomes) {
            assertNull(kinds.put(o.command.id, o.kind + " " + o.reason), "two outcomes for " + o.command.id);
        }
        assertEquals(commands.size(), kinds.size(), "outcomes: " + kinds);
        long sent = outcomes.stream().filter(o -> o.kind == ConnectOutcome.Kind.SENT).count();
        assertTrue(sent > 2, "more sent than the burst: " + kinds);
        assertEquals(commands.size(), sent + outcomes.stream().filter(o -> o.kind == ConnectOutcome.Kind.COALESCED).count(), kinds::toString);
        connect.server.verify((int) sent, putRequestedFor(urlPathMatching("/users/" + ConnectApiStub.INSTANCE + "/[^/]+/status")));
        for (int agent = 0; agent < 8; agent++) {
            // The newest wanted status of an agent is never replaced, so it is always sent.
            assertEquals("SENT ", kinds.get("c.jsonl:" + (16 + agent) + "#0"));
            connect.server.verify(putRequestedFor(urlPathMatching("/users/" + ConnectApiStub.INSTANCE + "/id-agent" + agent + "/status"))
                    .withRequestBody(containing("st-Available")));
        }
    }

    private ConnectSinkSettings settings(double rate, int burst) {
        return new ConnectSinkSettings(ConnectApiStub.INSTANCE, "us-east-1", connect.server.baseUrl(), rate, burst, 300);
    }
}
