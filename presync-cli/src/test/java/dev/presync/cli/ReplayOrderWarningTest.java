package dev.presync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9 item 9: an Omni-Channel event out of time order is replayed, with a warning at its file:line. */
class ReplayOrderWarningTest {
    @TempDir
    Path dir;

    @Test
    void anEventEarlierThanTheOneBeforeItIsWarnedAtItsLine() {
        String rules = TempFiles.write(dir, "r.rules", "status Connect 'Lunch'\n"
                + "rule L on SalesforceAgentStateChange when SalesforceNewState == 'Lunch' set Connect 'Lunch'\n");
        String omni = TempFiles.write(dir, "omni.jsonl", """
                {"time":"2026-11-24T09:10:00Z","agent":"jdoe","type":"omniChannelStatusChanged","statusApiName":"Break"}
                {"time":"2026-11-24T09:05:00Z","agent":"jdoe","type":"omniChannelStatusChanged","statusApiName":"Lunch"}
                """);
        CliRun run = CliRun.of("replay", rules, "--salesforce", omni);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains(omni + ":2: warning: event at 2026-11-24T09:05:00Z is earlier than 2026-11-24T09:10:00Z"),
                run.err());
        assertTrue(run.out().contains("\"state\":\"Lunch\""), "still replayed: " + run.out());
    }
}
