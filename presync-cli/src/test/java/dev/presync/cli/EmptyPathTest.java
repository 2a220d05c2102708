package dev.presync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9 item 9: an empty path is a usage error naming it, not silently the current directory. */
class EmptyPathTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyEventsPathIsRefused() {
        String rules = TempFiles.write(dir, "r.rules", "on SalesforceAgentLogout set Connect 'Offline'\n");
        CliRun run = CliRun.of("run", rules, "--events=");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("cannot read '': no file name"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anEmptyOutputDirectoryIsRefused() {
        String rules = TempFiles.write(dir, "r.rules", "on SalesforceAgentLogout set Connect 'Offline'\n");
        CliRun run = CliRun.of("compile", "-d", "", rules);
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("cannot write '': no file name"), run.err());
    }
}
