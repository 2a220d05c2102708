package dev.presync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help, usage errors and stdin for replay, import and export: exit 2, one clear line, no stack trace. */
class EngineCommandsContractTest {
    @TempDir
    Path dir;

    private String write(String name, String text) {
        return TempFiles.write(dir, name, text);
    }

    @Test
    void helpOnEveryNewCommand() {
        for (String command : new String[] {"replay", "import", "export"}) {
            CliRun help = CliRun.of(command, "--help");
            assertEquals(0, help.exit());
            assertTrue(help.out().contains("Usage: presync " + command), help.out());
        }
        assertTrue(CliRun.of("run", "--help").out().contains("--trace"));
    }

    @Test
    void usageErrors() throws IOException {
        String rules = write("r.rules", "on SalesforceAgentLogout set Connect 'Offline'\n");
        assertUsage(CliRun.of("replay", rules), "needs --connect");
        assertUsage(CliRun.of("replay", rules, "--connect", dir.resolve("none.jsonl").toString()), "no such file");
        assertUsage(CliRun.of("replay", rules, "--salesforce", "-", "--chain-limit", "0"), "at least 1");
        assertUsage(CliRun.of("import", dir.resolve("none.csv").toString()), "no such file");
        assertUsage(CliRun.of("export", dir.resolve("none.rules").toString()), "no such file");
        assertUsage(CliRun.of("export", "--format", "xml", rules), "xml");
    }

    @Test
    void replayReadsOmniEventsFromStdin() throws IOException {
        String rules = write("r.rules", "rule L on SalesforceAgentLogout set Connect 'Offline'\n");
        CliRun run = CliRun.withStdin("{\"time\":\"2026-11-24T17:00:00Z\",\"agent\":\"jdoe\",\"type\":\"omniChannelLogout\"}\n",
                "replay", rules, "--salesforce", "-");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("{\"time\":\"2026-11-24T17:00:00Z\",\"agent\":\"jdoe\",\"destination\":\"Connect\","
                + "\"state\":\"Offline\",\"rule\":\"L\",\"cause\":{\"input\":\"<stdin>:1\",\"event\":\"SalesforceAgentLogout\""), run.out());
    }

    @Test
    void anExportThatIsNotReadableIsOneClearError() throws IOException {
        CliRun run = CliRun.of("import", write("x.json", "[{\"Name\": \"a\",]"));
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("x.json:1:"), run.err());
        CliRun csv = CliRun.of("import", write("x.csv", "Name,Comparator\nA,Equal to\n"));
        assertEquals(1, csv.exit());
        assertTrue(csv.err().contains("no Source column"), csv.err());
    }

    private static void assertUsage(CliRun run, String message) {
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains(message), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }
}
