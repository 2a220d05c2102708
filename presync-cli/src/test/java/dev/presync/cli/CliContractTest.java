package dev.presync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of issue 2, section 6: streams, formats and exit codes. */
class CliContractTest {
    @TempDir
    Path dir;

    private String write(String name, String text) {
        return TempFiles.write(dir, name, text);
    }

    @Test
    void checkCleanFileExitsZeroSilently() throws IOException {
        String f = write("ok.rules", "on ConnectAgentStateChange when ConnectNewState == 'Lunch' set Salesforce 'Lunch'\n");
        CliRun run = CliRun.of("check", f);
        assertEquals(0, run.exit());
        assertEquals("", run.out());
        assertEquals("", run.err());
    }

    @Test
    void checkReportsErrorsAsFileLineColThenSourceAndCaret() throws IOException {
        String f = write("bad.rules", "# comment\non ConnectAgentStateChange when ConectNewState == 'x' set Salesforce 'y'\n");
        CliRun run = CliRun.of("check", f);
        assertEquals(1, run.exit());
        String[] lines = run.err().split("\n");
        assertEquals(f + ":2:33: error: unknown operand 'ConectNewState'; did you mean 'ConnectNewState'?", lines[0]);
        assertEquals("  on ConnectAgentStateChange when ConectNewState == 'x' set Salesforce 'y'", lines[1]);
        assertEquals("  " + " ".repeat(32) + "^" + "~".repeat(13), lines[2]);
    }

    @Test
    void warningsDoNotFailCheck() throws IOException {
        String f = write("w.rules", "on SalesforceAgentStateChange when SalesforceNewState == 'Lunch' set Salesforce 'Break'\n");
        CliRun run = CliRun.of("check", f);
        assertEquals(0, run.exit());
        assertTrue(run.err().contains(":1:70: warning: "), run.err());
    }

    @Test
    void checkReportsEveryFileAndExitsTwoForAnUnreadableOne() throws IOException {
        String bad = write("bad.rules", "on Nope set Salesforce 'x'\n");
        CliRun run = CliRun.of("check", dir.resolve("missing.rules").toString(), bad);
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("cannot read " + dir.resolve("missing.rules") + ": no such file"), run.err());
        assertTrue(run.err().contains("unknown event 'Nope'"), run.err());
    }

    @Test
    void unknownFlagIsAUsageError() {
        CliRun run = CliRun.of("check", "--frobnicate", "x.rules");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--frobnicate"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void helpAndVersion() {
        for (String command : new String[] {"check", "run"}) {
            CliRun help = CliRun.of(command, "--help");
            assertEquals(0, help.exit());
            assertTrue(help.out().contains("Usage: presync " + command), help.out());
        }
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("presync "), version.out());
    }

    @Test
    void runReadsStdinWithDash() throws IOException {
        String rules = write("r.rules", "rule L on ConnectAgentStateChange when ConnectNewState == 'Lunch' set Salesforce 'Lunch'\n");
        CliRun run = CliRun.withStdin("{\"event\":\"ConnectAgentStateChange\",\"ConnectNewState\":\"Lunch\",\"agent\":\"ä\"}\n",
                "run", rules, "--events", "-");
        assertEquals(0, run.exit(), run.err());
        assertEquals("{\"line\":1,\"agent\":\"ä\",\"actions\":[{\"destination\":\"Salesforce\",\"state\":\"Lunch\",\"rule\":\"L\"}]}\n",
                run.out());
    }

    @Test
    void runWithRuleErrorsPrintsNoOutput() throws IOException {
        String rules = write("r.rules", "on ConnectAgentStateChange set Connect 'Busy'\n");
        String events = write("e.jsonl", "{\"event\":\"ConnectAgentStateChange\"}\n");
        CliRun run = CliRun.of("run", rules, "--events", events);
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("system status"), run.err());
    }

    @Test
    void runStreamsALongInputWithOneOutputLinePerInputLine() {
        int lines = 50_000;
        InputStream events = new RepeatingLines("{\"event\":\"SalesforceAgentLogout\"}\n", lines);
        String rules = write("r.rules", "on SalesforceAgentLogout set Connect 'Offline'\n");
        CliRun run = CliRun.withStdin(events, "run", rules, "--events", "-");
        assertEquals(0, run.exit(), run.err());
        String[] out = run.out().split("\n");
        assertEquals(lines, out.length);
        assertTrue(out[lines - 1].startsWith("{\"line\":" + lines + ","), out[lines - 1]);
    }

    @Test
    void rulesFileThatIsNotUtf8IsAnErrorWithPosition() throws IOException {
        Path p = dir.resolve("latin1.rules");
        Files.write(p, "on ConnectAgentStateChange when ConnectNewState == 'Caf\u00e9' set Salesforce 'x'\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = CliRun.of("check", p.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith(p + ":1:56: error: invalid UTF-8"), run.err());
    }

    /** An input stream of one line repeated, generated on the fly. */
    private static final class RepeatingLines extends InputStream {
        private final byte[] line;
        private long remaining;
        private int position;

        RepeatingLines(String line, int count) {
            this.line = line.getBytes(StandardCharsets.UTF_8);
            this.remaining = count;
        }

        @Override
        public int read() {
            if (remaining == 0) {
                return -1;
            }
            byte b = line[position++];
            if (position == line.length) {
                position = 0;
                remaining--;
            }
            return b;
        }
    }
}
