package dev.presync.flink.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.compiler.Engine;
import dev.presync.flink.source.InputLine;
import dev.presync.sync.SyncPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The keyed operator alone, driven element by element: order, lateness, rule-set versions. */
class AgentSyncFunctionTest {
    private static final String RULES = "status Connect 'Lunch'\nstatus Connect 'Break'\nstatus Connect 'Available'\n"
            + "rule LunchToConnect on SalesforceAgentStateChange when SalesforceNewState == 'Lunch' set Connect 'Lunch'\n"
            + "rule BreakToConnect on SalesforceAgentStateChange when SalesforceNewState == 'Break' set Connect 'Break'\n";
    private static final String RULES_V2 = RULES.replace("set Connect 'Lunch'", "set Connect 'Break'");
    private static final Instant T = Instant.parse("2026-11-24T09:00:00Z");
    private KeyedBroadcastOperatorTestHarness<String, TimedEvent, RuleSetVersion, EmittedCommand> harness;
    private int lineNumber;

    @BeforeEach
    void open() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                new AgentSyncFunction(SyncPolicy.defaults(), Engine.COMPILED), e -> e.agent, Types.STRING, AgentSyncFunction.RULES);
        harness.processBroadcastElement(rules(1, RULES), 0);
        // The rule-set input is done with event time (in the job its source ends and says so).
        harness.processBroadcastWatermark(new Watermark(Long.MAX_VALUE));
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private static RuleSetVersion rules(long version, String text) {
        return new RuleSetVersion(version, "v" + version + ".rules", text.getBytes(StandardCharsets.UTF_8));
    }

    private TimedEvent omni(String agent, long second, String status) throws Exception {
        Instant at = T.plusSeconds(second);
        String text = "{\"time\":\"" + at + "\",\"agent\":\"" + agent + "\",\"type\":\"omniChannelStatusChanged\","
                + "\"statusApiName\":\"" + status + "\",\"reason\":\"OmniManualStatusChange\"}";
        TimedEvent e = new TimedEvent(agent, at.getEpochSecond(), at.getNano(),
                new InputLine(InputLine.SALESFORCE, "omni.jsonl", ++lineNumber, "", text, -1));
        harness.processElement(e, e.epochMilli());
        return e;
    }

    private List<String> commands() {
        return harness.extractOutputValues().stream()
                .map(c -> c.kind + " " + c.agent + " " + c.state + " v" + c.ruleSetVersion + " " + c.id).toList();
    }

    private List<String> reports() {
        return harness.getSideOutput(Reports.TAG) == null ? List.of()
                : harness.getSideOutput(Reports.TAG).stream().map(StreamRecord::getValue).toList();
    }

    @Test
    void eventsWaitForTheWatermarkAndRunInTimeOrder() throws Exception {
        omni("jdoe", 20, "Break");
        omni("jdoe", 10, "Lunch");
        assertEquals(List.of(), commands(), "nothing runs before the watermark passes");
        harness.processWatermark(T.plusSeconds(30).toEpochMilli());

        assertEquals(List.of("SENT jdoe Lunch v1 omni.jsonl:2#0", "SENT jdoe Break v1 omni.jsonl:1#0"), commands());
    }

    @Test
    void aLateEventRunsAtOnceAndIsReported() throws Exception {
        harness.processWatermark(T.plusSeconds(60).toEpochMilli());
        omni("jdoe", 10, "Lunch");

        assertEquals(List.of("SENT jdoe Lunch v1 omni.jsonl:1#0"), commands());
        assertEquals(1, reports().size());
        assertTrue(reports().get(0).startsWith("omni.jsonl:1: warning: late event for agent jdoe at 2026-11-24T09:00:10Z"),
                reports().get(0));
    }

    @Test
    void aNewRuleSetVersionSwapsInBetweenEventsAndNamesItsCommands() throws Exception {
        omni("jdoe", 10, "Lunch");
        harness.processWatermark(T.plusSeconds(15).toEpochMilli());
        harness.processBroadcastElement(rules(2, RULES_V2), T.plusSeconds(16).toEpochMilli());
        omni("asmith", 20, "Lunch");
        harness.processWatermark(T.plusSeconds(25).toEpochMilli());
        harness.processBroadcastElement(rules(3, "rule Broken on Nowhere"), T.plusSeconds(26).toEpochMilli());
        omni("bwong", 30, "Lunch");
        harness.processBroadcastElement(rules(1, RULES), T.plusSeconds(31).toEpochMilli());
        harness.processWatermark(T.plusSeconds(35).toEpochMilli());

        assertEquals(List.of("SENT jdoe Lunch v1 omni.jsonl:1#0", "SENT asmith Break v2 omni.jsonl:2#0",
                "SENT bwong Break v2 omni.jsonl:3#0"), commands());
        assertEquals(1, reports().size(), reports().toString());
        assertTrue(reports().get(0).contains("rule set version 3 has errors; version 2 stays"), reports().get(0));
        assertTrue(reports().get(0).startsWith("v3.rules:1:"), reports().get(0));
    }

    @Test
    void anEventWaitsForTheFirstRuleSet() throws Exception {
        harness.close();
        harness = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                new AgentSyncFunction(SyncPolicy.defaults(), Engine.COMPILED), e -> e.agent, Types.STRING, AgentSyncFunction.RULES);
        harness.processBroadcastWatermark(new Watermark(Long.MAX_VALUE));
        harness.processWatermark(T.plusSeconds(60).toEpochMilli());
        omni("jdoe", 10, "Lunch");
        harness.processBroadcastElement(rules(1, RULES), 0);
        harness.processWatermark(T.plusSeconds(70).toEpochMilli());

        assertEquals(List.of("SENT jdoe Lunch v1 omni.jsonl:1#0"), commands());
        assertEquals(List.of(), reports());
    }
}
