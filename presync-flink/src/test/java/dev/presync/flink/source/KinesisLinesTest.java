package dev.presync.flink.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

/** The Kinesis source through Flink's connector against a local Kinesis. */
class KinesisLinesTest {
    static String record(String agent, int n) {
        return "{\"AgentARN\":\"arn:aws:connect:us-east-1:123456789012:instance/i/agent/" + agent + "\","
                + "\"EventType\":\"STATE_CHANGE\",\"EventId\":\"" + agent + "-" + n + "\"}";
    }

    @Test
    void readsEveryRecordOfEveryShardInOrderPerAgent() throws Exception {
        try (Kinesalite kinesis = new Kinesalite()) {
            kinesis.createStream("agent-events", 2);
            List<String> agents = List.of("jdoe", "asmith", "bwong", "cdiaz");
            for (int n = 0; n < 5; n++) {
                for (String agent : agents) {
                    kinesis.put("agent-events", "arn:aws:connect:us-east-1:123456789012:instance/i/agent/" + agent, record(agent, n));
                }
            }
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setParallelism(2);
            List<InputLine> lines = env.addSource(KinesisLines.consumer(InputLine.CONNECT, "agent-events", "us-east-1",
                    kinesis.endpoint, "TRIM_HORIZON")).executeAndCollect("kinesis", 20);

            assertEquals(20, lines.size());
            Map<String, List<String>> perAgent = new TreeMap<>();
            for (InputLine line : lines) {
                assertTrue(line.source.matches("agent-events/shardId-\\d+"), line.source);
                assertTrue(line.position.matches("\\d+"), line.position);
                String id = line.text.replaceAll(".*\"EventId\":\"([^\"]+)\".*", "$1");
                perAgent.computeIfAbsent(id.substring(0, id.indexOf('-')), k -> new ArrayList<>()).add(id);
            }
            for (String agent : agents) {
                assertEquals(List.of(agent + "-0", agent + "-1", agent + "-2", agent + "-3", agent + "-4"), perAgent.get(agent));
            }
        }
    }
}
