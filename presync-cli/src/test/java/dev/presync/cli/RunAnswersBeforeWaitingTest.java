package dev.presync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 item 6: {@code run} answers every complete line before it asks for more input. The
 * input here is a pipe whose writer stalls after a line and a half; the stream notes what stdout
 * held at the moment {@code run} asked for the rest, which is when a real pipe would block.
 */
class RunAnswersBeforeWaitingTest {
    private static final String LUNCH = "{\"event\":\"ConnectAgentStateChange\",\"ConnectNewState\":\"Lunch\"}\n";
    private static final String ANSWER = "{\"line\":1,\"actions\":[{\"destination\":\"Salesforce\",\"state\":\"Lunch\",\"rule\":\"L\"}]}\n";

    @TempDir
    Path dir;

    @Test
    void aLineAndAHalfInOneReadIsAnsweredBeforeTheSecondRead() {
        String half = LUNCH.substring(0, LUNCH.length() / 2);
        String rest = LUNCH.substring(LUNCH.length() / 2);
        List<String> seenAtEachWait = runOver(LUNCH + half, rest);
        assertEquals(ANSWER, seenAtEachWait.get(0), "the first line's answer must be out before run waits for the second");
    }

    @Test
    void aLineEndingExactlyAtTheReadIsAnsweredBeforeTheNextRead() {
        List<String> seenAtEachWait = runOver(LUNCH, LUNCH);
        assertEquals(ANSWER, seenAtEachWait.get(0));
    }

    @Test
    void linesAlreadyInHandAreAllAnsweredBeforeWaiting() {
        List<String> seenAtEachWait = runOver(LUNCH + LUNCH + LUNCH.substring(0, 3), LUNCH.substring(3));
        assertEquals(ANSWER + ANSWER.replace("\"line\":1", "\"line\":2"), seenAtEachWait.get(0));
    }

    /** Runs {@code run} on input delivered in the given reads; returns stdout as it was before each later read. */
    private List<String> runOver(String... reads) {
        String rules = TempFiles.write(dir, "r.rules",
                "rule L on ConnectAgentStateChange when ConnectNewState == 'Lunch' set Salesforce 'Lunch'\n");
        StringWriter out = new StringWriter();
        StallingPipe pipe = new StallingPipe(out, reads);
        int exit = Main.run(pipe, new PrintWriter(out), new PrintWriter(new StringWriter()), "run", rules, "--events", "-");
        assertEquals(0, exit);
        return pipe.seenAtEachWait;
    }

    /** Delivers one chunk per read; before every read after the first, records stdout so far. */
    private static final class StallingPipe extends InputStream {
        private final StringWriter out;
        private final String[] reads;
        private int next;
        final List<String> seenAtEachWait = new ArrayList<>();

        StallingPipe(StringWriter out, String... reads) {
            this.out = out;
            this.reads = reads;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (next > 0) {
                seenAtEachWait.add(out.toString());
            }
            if (next == reads.length) {
                return -1;
            }
            byte[] chunk = reads[next++].getBytes(StandardCharsets.UTF_8);
            System.arraycopy(chunk, 0, b, off, chunk.length);
            return chunk.length;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("run reads in blocks");
        }

        @Override
        public int available() {
            return 0; // a stalled writer: nothing more is ready
        }
    }
}
