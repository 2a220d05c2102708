package dev.presync.flink.connect;

import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Connect sink inside a Flink job: every command's outcome arrives on the side output. */
class ConnectSinkFunctionTest {
    private final ConnectApiStub connect = new ConnectApiStub();

    @BeforeEach
    void credentials() {
        // The sink builds its client on the task with the default provider chain; these are its first link.
        System.setProperty("aws.accessKeyId", ConnectApiStub.KEY_ID);
        System.setProperty("aws.secretAccessKey", "secret");
    }

    @AfterEach
    void stop() {
        connect.close();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @Test
    void everyCommandHasAnOutcome() throws Exception {
        ConnectCommand lunch = new ConnectCommand("c.jsonl:1#0", "jdoe", "Lunch", "LunchToConnect", 3, 1);
        ConnectCommand ghost = new ConnectCommand("c.jsonl:2#0", "ghost", "Lunch", "LunchToConnect", 3, 2);
        ConnectCommand skipped = new ConnectCommand("c.jsonl:3#0", "asmith", "Break", "BreakToConnect", 3, 3);
        skipped.skipped = "the Connect status is already Break";
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        List<String> outcomes = env.fromElements(lunch, ghost, skipped)
                .keyBy(c -> "account")
                .process(new ConnectSinkFunction(new ConnectSinkSettings(ConnectApiStub.INSTANCE, "us-east-1",
                        connect.server.baseUrl(), 100, 100, 300)))
                .getSideOutput(ConnectSinkFunction.OUTCOMES)
                .map(o -> o.kind + " " + o.command.id + " v" + o.command.ruleSetVersion + " " + o.reason)
                .executeAndCollect(3);

        assertEquals(List.of("SENT c.jsonl:1#0 v3 ", "FAILED c.jsonl:2#0 v3 no Connect user has the username ghost",
                "SKIPPED c.jsonl:3#0 v3 the Connect status is already Break"), outcomes);
        connect.server.verify(1, putRequestedFor(urlPathMatching("/users/" + ConnectApiStub.INSTANCE + "/id-jdoe/status")));
    }
}
