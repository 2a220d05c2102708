package dev.presync.flink.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.presync.flink.source.Kinesalite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

/** The Salesforce command lines to a Kinesis stream (kinesalite), read back: every line, by agent, in order. */
class SalesforceCommandSinksTest {
    @Test
    void everyLineIsARecordPartitionedByItsAgent() throws Exception {
        try (Kinesalite kinesis = new Kinesalite()) {
            kinesis.createStream("salesforce-commands", 2);
            List<String> lines = new ArrayList<>();
            Map<String, List<String>> sent = new TreeMap<>();
            for (int i = 0; i < 40; i++) {
                String agent = "agent" + (i % 5);
                String line = "{\"id\":\"connect.jsonl:" + i + "#0\",\"time\":\"2026-11-24T09:00:" + (10 + i)
                        + "Z\",\"agent\":\"" + agent + "\",\"statusApiName\":\"Lunch\",\"rule\":\"R\",\"ruleSetVersion\":1}";
                lines.add(line);
                sent.computeIfAbsent(agent, k -> new ArrayList<>()).add(line);
            }
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setParallelism(1);
            SalesforceCommandSinks.attach(env.fromCollection(lines), "kinesis:salesforce-commands", "us-east-1", kinesis.endpoint);
            env.execute("salesforce commands to kinesis");

            Map<String, List<String>> read = new TreeMap<>();
            Map<String, String> shardOf = new TreeMap<>();
            for (Kinesalite.Record r : kinesis.records("salesforce-commands")) {
                assertEquals(SalesforceCommandLine.agentOf(r.data()), r.partitionKey(), r.data());
                String before = shardOf.put(r.partitionKey(), r.shard());
                assertEquals(before == null ? r.shard() : before, r.shard(), "one agent, one shard");
                read.computeIfAbsent(r.partitionKey(), k -> new ArrayList<>()).add(r.data());
            }
            assertEquals(sent, read);
        }
    }
}
