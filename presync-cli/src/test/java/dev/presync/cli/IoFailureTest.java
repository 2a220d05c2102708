package dev.presync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.cli.io.StdoutWriter;
import java.io.ByteArrayInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, items 2 and 3: a path that cannot be read or written, stdout included, is the user's
 * environment: {@code presync: cannot read|write PATH: REASON} on stderr and exit 2, for every
 * command, never exit 0 with output lost and never an internal error. {@code /dev/full} fails
 * every write with "no space left on device"; {@code /proc/self/mem} fails a read at offset 0
 * with an I/O error (both also when the tests run as root, where permissions do not bite).
 */
class IoFailureTest {
    private static final String FULL = "/dev/full";
    private static final String EIO = "/proc/self/mem";

    @TempDir
    Path dir;

    private String rules() {
        return TempFiles.write(dir, "r.rules", "rule L on ConnectAgentStateChange when ConnectNewState == 'Lunch' set Salesforce 'Lunch'\n");
    }

    private String events() {
        return TempFiles.write(dir, "e.jsonl", "{\"event\":\"ConnectAgentStateChange\",\"ConnectNewState\":\"Lunch\"}\n");
    }

    /** Runs with stdout on the full device, as {@code > /dev/full} does. */
    private static CliRun toFullStdout(String... args) throws IOException {
        StringWriter err = new StringWriter();
        try (FileOutputStream full = new FileOutputStream(FULL)) {
            int exit = Main.run(new ByteArrayInputStream(new byte[0]), StdoutWriter.over(full), new PrintWriter(err), args);
            return new CliRun(exit, "", err.toString());
        }
    }

    private static void assertIoProblem(CliRun run, String expectedLine) {
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().lines().anyMatch(expectedLine::equals), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
    }

    @Test
    void everyCommandWritingStdoutFailsWhenItsOutputIsLost() throws IOException {
        String written = "presync: cannot write <stdout>: no space left on device";
        assertIoProblem(toFullStdout("run", rules(), "--events", events()), written);
        assertIoProblem(toFullStdout("export", rules()), written);
        String csv = TempFiles.write(dir, "in.csv", "Name,Source,Destination,Value\nL,Salesforce Agent Logout,Connect Agent State,Offline\n");
        CliRun imported = toFullStdout("import", csv);
        assertIoProblem(imported, written);
        assertFalse(imported.err().contains("records converted"), "nothing reported done that was not written");
        String connect = TempFiles.write(dir, "c.jsonl", "{\"EventType\":\"STATE_CHANGE\",\"EventTimestamp\":\"2026-11-24T09:00:00Z\","
                + "\"CurrentAgentSnapshot\":{\"AgentStatus\":{\"Name\":\"Lunch\"},\"Configuration\":{\"Username\":\"jdoe\"}}}\n");
        CliRun replayed = toFullStdout("replay", rules(), "--connect", connect);
        assertIoProblem(replayed, written);
        assertFalse(replayed.err().contains("1 sent"), "no summary counting commands that were lost: " + replayed.err());
    }

    @Test
    void runStopsReadingAtOnceWhenStdoutIsGone() {
        EndlessEvents in = new EndlessEvents();
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        StringWriter err = new StringWriter();
        int exit = Main.run(in, StdoutWriter.over(gone), new PrintWriter(err), "run", rules(), "--events", "-");
        assertIoProblem(new CliRun(exit, "", err.toString()), "presync: cannot write <stdout>: broken pipe");
        assertTrue(in.delivered <= 2 * EndlessEvents.READ, "read on after stdout was gone: " + in.delivered + " bytes");
    }

    /**
     * Event lines, 32 MB of them (so that a run that does not stop still ends, and fails), in reads of
     * at most 64 KB, none of them ready before it is asked for.
     */
    private static final class EndlessEvents extends InputStream {
        static final int READ = 64 * 1024;
        static final long END = 32L << 20;
        private final byte[] line = "{\"event\":\"ConnectAgentStateChange\",\"ConnectNewState\":\"Lunch\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        long delivered;

        @Override
        public int read(byte[] b, int off, int len) {
            if (delivered >= END) {
                return -1;
            }
            int n = Math.min(len, READ);
            for (int i = 0; i < n; i++) {
                b[off + i] = line[(int) (delivered++ % line.length)];
            }
            return n;
        }

        @Override
        public int read() {
            return delivered >= END ? -1 : line[(int) (delivered++ % line.length)];
        }

        @Override
        public int available() {
            return 0;
        }
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedWithTheReason() throws IOException {
        assertIoProblem(CliRun.of("export", rules(), "-o", FULL), "presync: cannot write /dev/full: no space left on device");
        String missingDir = dir.resolve("nonexistent/x.csv").toString();
        assertIoProblem(CliRun.of("export", rules(), "-o", missingDir), "presync: cannot write " + missingDir + ": no such directory");
        assertIoProblem(CliRun.of("export", rules(), "-o", dir.toString()), "presync: cannot write " + dir + ": it is a directory");
        String csv = TempFiles.write(dir, "in.csv", "Name,Source,Destination,Value\nL,Salesforce Agent Logout,Connect Agent State,Offline\n");
        CliRun imported = CliRun.of("import", csv, "-o", FULL);
        assertIoProblem(imported, "presync: cannot write /dev/full: no space left on device");
        assertFalse(imported.err().contains("records converted"), imported.err());
    }

    @Test
    void compileToADirectoryThatCannotBeOneIsAnIoProblem() throws IOException {
        assertIoProblem(CliRun.of("compile", rules(), "-d", "/dev/null"), "presync: cannot write /dev/null: not a directory");
        Path file = Files.writeString(dir.resolve("plain"), "x");
        String under = file.resolve("classes").toString();
        assertIoProblem(CliRun.of("compile", rules(), "-d", under), "presync: cannot write " + under + ": not a directory");
    }

    @Test
    void anIoErrorWhileReadingIsAnIoProblemForEveryCommand() {
        String read = "presync: cannot read " + EIO + ": input/output error";
        assertIoProblem(CliRun.of("check", EIO), read);
        assertIoProblem(CliRun.of("run", rules(), "--events", EIO), read);
        assertIoProblem(CliRun.of("replay", rules(), "--salesforce", EIO), read);
        assertIoProblem(CliRun.of("import", EIO), read);
        assertIoProblem(CliRun.of("test", EIO), read);
    }

    @Test
    void aDirectoryGivenAsInputIsSaidToBeOneByEveryCommand() {
        String isDir = "presync: cannot read " + dir + ": it is a directory";
        assertIoProblem(CliRun.of("check", dir.toString()), isDir);
        assertIoProblem(CliRun.of("run", rules(), "--events", dir.toString()), isDir);
        assertIoProblem(CliRun.of("replay", rules(), "--connect", dir.toString()), isDir);
        assertIoProblem(CliRun.of("import", dir.toString()), isDir);
        String missing = dir.resolve("missing").toString();
        assertIoProblem(CliRun.of("run", rules(), "--events", missing), "presync: cannot read " + missing + ": no such file");
    }
}
