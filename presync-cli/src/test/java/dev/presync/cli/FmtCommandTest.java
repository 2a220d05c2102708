package dev.presync.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code presync fmt}: what it prints, rewrites and exits with; the layout itself is the library's. */
class FmtCommandTest {
    private static final String MESSY = "on SalesforceAgentLogout   set Connect 'Offline'";
    private static final String TIDY = "on SalesforceAgentLogout\n  set Connect 'Offline'\n";

    @TempDir
    Path dir;

    @Test
    void printsTheFormattedText() {
        String file = TempFiles.write(dir, "a.rules", MESSY);
        CliRun run = CliRun.of("fmt", file);
        assertEquals(0, run.exit(), run.err());
        assertEquals(TIDY, run.out());
    }

    @Test
    void readsStdin() {
        CliRun run = CliRun.withStdin(MESSY, "fmt", "-");
        assertEquals(0, run.exit(), run.err());
        assertEquals(TIDY, run.out());
    }

    @Test
    void checkListsTheFilesThatWouldChangeAndExitsOne() throws IOException {
        String messy = TempFiles.write(dir, "messy.rules", MESSY);
        String tidy = TempFiles.write(dir, "tidy.rules", TIDY);
        CliRun run = CliRun.of("fmt", "--check", messy, tidy);
        assertEquals(1, run.exit(), run.err());
        assertEquals(messy + "\n", run.out());
        assertEquals(MESSY, Files.readString(Path.of(messy)));
        assertEquals(0, CliRun.of("fmt", "--check", tidy).exit());
    }

    @Test
    void writeRewritesOnlyWhatChangesKeepingCrlfAndBom() throws IOException {
        Path file = dir.resolve("crlf.rules");
        Files.write(file, ("\uFEFF" + MESSY.replace("   ", "\r\n")).getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of("fmt", "-w", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        assertArrayEquals(("\uFEFF" + TIDY.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        assertEquals(0, CliRun.of("fmt", "--check", file.toString()).exit());
    }

    @Test
    void syntaxErrorsAreReportedAndTheFileIsLeftAlone() throws IOException {
        String bad = TempFiles.write(dir, "bad.rules", "on SalesforceAgentLogout set Connect 'Offline\n");
        String good = TempFiles.write(dir, "good.rules", MESSY);
        CliRun run = CliRun.of("fmt", "-w", bad, good);
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith(bad + ":1:38: error: unterminated string"), run.err());
        assertEquals("on SalesforceAgentLogout set Connect 'Offline\n", Files.readString(Path.of(bad)));
        assertEquals(TIDY, Files.readString(Path.of(good)));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.of("fmt", dir.resolve("missing.rules").toString()).exit());
        assertEquals(2, CliRun.of("fmt").exit());
        CliRun stdinWrite = CliRun.withStdin(new ByteArrayInputStream(new byte[0]), "fmt", "-w", "-");
        assertEquals(2, stdinWrite.exit());
        assertEquals("presync: -w cannot rewrite stdin\n", stdinWrite.err());
    }
}
