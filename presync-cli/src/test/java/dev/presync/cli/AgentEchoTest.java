package dev.presync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9 item 8: {@code run} echoes the {@code agent} of a line unchanged, whatever it holds. */
class AgentEchoTest {
    @TempDir
    Path dir;

    private String echo(String agentJson) {
        String rules = TempFiles.write(dir, "r.rules", "on SalesforceAgentLogout set Connect 'Offline'\n");
        CliRun run = CliRun.withStdin("{\"event\":\"SalesforceAgentLogout\",\"agent\":\"" + agentJson + "\"}\n",
                "run", rules, "--events", "-");
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        return out.substring(out.indexOf("\"agent\":\"") + 9, out.indexOf("\",\"actions\""));
    }

    @Test
    void anUnpairedSurrogateStaysItsEscape() {
        assertEquals("\\ud800x", echo("\\ud800x"));
        assertEquals("x\\udfff", echo("x\\udfff"));
        assertEquals("\\udc00\\ud800", echo("\\udc00\\ud800"));
    }

    @Test
    void aPairedSurrogateIsWrittenAsTheCharacter() {
        assertEquals("\uD83D\uDE00 ä", echo("\\ud83d\\ude00 ä"));
    }
}
