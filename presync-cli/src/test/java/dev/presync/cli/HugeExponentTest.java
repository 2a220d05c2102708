package dev.presync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A number whose exponent {@code BigDecimal} cannot hold ({@code 1e999999999999}) is valid JSON; it
 * used to end {@code run} and {@code replay} with an internal error (exit 3) and lose the rest of the
 * input. It is a bad line like any other: file:line:col, the line skipped, the others processed.
 */
class HugeExponentTest {
    private static final String RULES = "rule LunchToSalesforce on ConnectAgentStateChange when ConnectNewState == 'Lunch'"
            + " set Salesforce 'Lunch'\n";
    private static final String LUNCH = "{\"event\":\"ConnectAgentStateChange\",\"ConnectNewState\":\"Lunch\"}\n";

    @Test
    void runReportsTheLineAndGoesOn(@TempDir Path dir) {
        String rules = TempFiles.write(dir, "r.rules", RULES);
        String events = TempFiles.write(dir, "e.jsonl", LUNCH
                + "{\"event\":\"ConnectAgentStateChange\",\"x\":1e999999999999}\n"
                + "{\"event\":\"ConnectAgentStateChange\",\"y\":{\"z\":[-2.5E-99999999999]}}\n"
                + LUNCH);
        CliRun run = CliRun.of("run", "--events", events, rules);
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().startsWith(events + ":2:40: error: the number 1e999999999999 is out of range"), run.err());
        assertTrue(run.err().contains(events + ":3:46: error: the number -2.5E-99999999999 is out of range"), run.err());
        assertTrue(run.out().startsWith("{\"line\":1,\"actions\":[{"), run.out());
        assertTrue(run.out().contains("{\"line\":4,\"actions\":[{"), run.out());
        assertTrue(!run.err().contains("internal error"), run.err());
    }

    @Test
    void replayReportsTheRecordAndGoesOn(@TempDir Path dir) {
        String rules = TempFiles.write(dir, "r.rules", RULES);
        String workload = "\"agent\":\"jdoe\",\"type\":\"omniChannelWorkloadChanged\",\"configuredCapacity\":1,";
        String salesforce = TempFiles.write(dir, "s.jsonl",
                "{\"time\":\"2026-11-24T09:20:01Z\"," + workload + "\"previousWorkload\":0,\"newWorkload\":1}\n"
                + "{\"time\":\"2026-11-24T09:21:00Z\"," + workload + "\"previousWorkload\":1,\"newWorkload\":1e999999999999}\n"
                + "{\"skipped\":[1e-999999999999],\"time\":\"2026-11-24T09:22:00Z\"," + workload
                + "\"previousWorkload\":1,\"newWorkload\":0}\n"
                + "{\"time\":\"2026-11-24T09:23:00Z\"," + workload + "\"previousWorkload\":1,\"newWorkload\":0}\n"
                + "{\"time\":\"2026-11-24T09:24:00Z\"," + workload + "\"previousWorkload\":0,\"newWorkload\":1e-999999999}\n");
        CliRun replay = CliRun.of("replay", "--salesforce", salesforce, rules);
        assertEquals(1, replay.exit(), replay.err());
        assertTrue(replay.err().startsWith(salesforce + ":2:"), replay.err());
        assertTrue(replay.err().contains("error: the number 1e999999999999 is out of range"), replay.err());
        assertTrue(replay.err().contains(salesforce + ":3:13: error: the number 1e-999999999999 is out of range"), replay.err());
        // BigDecimal holds this one; the message keeps its exponent rather than write a billion digits
        assertTrue(replay.err().contains(salesforce + ":5:"), replay.err());
        assertTrue(replay.err().contains("must be a whole number, not negative: the number 1E-999999999\n"), replay.err());
        assertTrue(replay.err().contains("5 input lines: 2 events, 0 ignored, 3 bad"), replay.err());
    }
}
