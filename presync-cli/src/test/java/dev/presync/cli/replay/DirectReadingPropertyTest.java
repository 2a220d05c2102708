package dev.presync.cli.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.presync.cli.events.AsciiLines;
import dev.presync.cli.events.DirectAgentRecord;
import dev.presync.cli.events.DirectOmniEvent;
import dev.presync.sync.replay.ReplayItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reading a replay line straight from its tokens ({@link DirectAgentRecord}, {@link DirectOmniEvent}
 * and the typed readers) gives the item the careful reading gives ({@link SourceLines#CONNECT_CAREFULLY},
 * {@link SourceLines#OMNI_CAREFULLY}: a map of the keys read, the map reader, a problem placed at its
 * key's column), on the replay golden's lines mutated a few characters at a time: broken syntax,
 * repeated keys at any depth, absurd numbers, and values of every kind put where the reader reads a
 * name, a number, an object or a list.
 */
class DirectReadingPropertyTest {
    private static final String[] PIECES = {"\"", "{", "}", "[", "]", ",", ":", "\\", "\\u0041", "\\ud800", " ",
        "0", "-", ".", "e", "1e999999999999", "1.5", "null", "true", "\t", "\"EventType\":1,", "\"EventType\":\"\",",
        "\"EventType\":\"HEART_BEAT\",", "\"EventType\":null,", "\"EventTimestamp\":\"2026-11-24T25:00:00Z\",",
        "\"EventTimestamp\":[],", "\"CurrentAgentSnapshot\":null,", "\"PreviousAgentSnapshot\":{},",
        "\"PreviousAgentSnapshot\":\"x\",", "\"Name\":\"x\",", "\"Name\":null,", "\"Name\":\"\",", "\"Name\":{},",
        "\"AgentStatus\":null,", "\"AgentStatus\":[],", "\"Configuration\":7,", "\"Username\":\"\",",
        "\"Username\":\"a\\\"b\",", "\"Contacts\":{},", "\"Contacts\":null,", "\"Contacts\":[null],", "\"Contacts\":[],",
        "\"Contacts\":[{\"State\":\"CONNECTED\"}],", "\"State\":5,", "\"State\":null,", "\"Channel\":[\"x\"],",
        "\"InitiationMethod\":\"OUTBOUND\",", "\"x\":1e-999999999,", "\"x\":1.5e3,", "\"Name\":0,\"Name\":0,"};

    /** Omni-Channel pieces: numbers at a long's edge and past it, fractions, negatives, every type. */
    private static final String[] OMNI_PIECES = {"\"configuredCapacity\":-1,", "\"newWorkload\":4.0,",
        "\"previousWorkload\":9223372036854775807,", "\"previousWorkload\":9223372036854775808,",
        "\"previousWorkload\":null,", "\"newWorkload\":\"3\",", "\"configuredCapacity\":1e2,", "\"type\":\"omniChannelLogout\",",
        "\"type\":\"omniChannelWorkloadChanged\",", "\"type\":\"x\",", "\"type\":null,", "\"agent\":\"\",", "\"agent\":7,",
        "\"time\":\"x\",", "\"time\":\"2026-11-24T09:00:00.5+01:00\",", "\"reason\":null,", "\"reason\":[],",
        "\"statusApiName\":\"\",", "\"serviceChannel\":{},", "\"workItemId\":-0,", "-0", "1e999999999999", "\"", "{", ",", " "};

    @Test
    void recordsReadDirectlyAsCarefully() throws IOException {
        sameDirectlyOrNot("day.connect.jsonl", PIECES, SourceLines.CONNECT, SourceLines.CONNECT_CAREFULLY,
                (b, o, l) -> DirectAgentRecord.read(b, o, l) != null);
    }

    @Test
    void omniChannelEventsReadDirectlyAsCarefully() throws IOException {
        sameDirectlyOrNot("day.salesforce.jsonl", OMNI_PIECES, SourceLines.OMNI, SourceLines.OMNI_CAREFULLY,
                (b, o, l) -> DirectOmniEvent.read(b, o, l) != null);
    }

    /** Whether a line is read directly. */
    private interface Taken {
        boolean test(byte[] bytes, int offset, int length);
    }

    private static void sameDirectlyOrNot(String golden, String[] pieces, SourceLines fast, SourceLines careful,
                                          Taken taken) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/golden/replay", golden)).stream()
                .filter(l -> !l.isBlank()).toList();
        int[] direct = {0};
        int[] read = {0};
        qt().withExamples(10_000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String line = mutate(r, lines.get(r.nextInt(lines.size())), pieces);
            byte[] own = line.getBytes(StandardCharsets.UTF_8);
            if (!AsciiLines.isPlain(own, 0, own.length) || AsciiLines.isBlank(own, 0, own.length)) {
                return; // such a line is decoded and read as text, never directly
            }
            int before = r.nextInt(30);
            byte[] bytes = new byte[before + own.length + r.nextInt(30)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) "{}[]\"\\ ,:1e\n".charAt(r.nextInt(12));
            }
            System.arraycopy(own, 0, bytes, before, own.length);
            ReplayItem want = careful.read("f", 7, bytes, before, own.length);
            assertEquals(want, fast.read("f", 7, bytes, before, own.length), line);
            if (taken.test(bytes, before, own.length)) {
                direct[0]++;
            }
            read[0] += want instanceof ReplayItem.Bad ? 0 : 1;
        });
        assertTrue(direct[0] > 2_000, "records read directly: " + direct[0]); // the fast path is taken
        assertTrue(read[0] > 2_000, "records read fine: " + read[0]);
    }

    /** Up to three edits: a piece inserted, a span deleted; sometimes the end cut off. */
    private static String mutate(Random r, String line, String[] pieces) {
        StringBuilder b = new StringBuilder(line);
        for (int n = r.nextInt(4); n > 0; n--) {
            int at = r.nextInt(b.length() + 1);
            if (r.nextInt(3) < 2) {
                // just after a key's opening brace or comma, a piece that is a whole field lands as a field
                int comma = b.indexOf(",\"", at);
                String piece = pieces[r.nextInt(pieces.length)];
                b.insert(piece.endsWith(",") && comma >= 0 && r.nextBoolean() ? comma + 1 : at, piece);
            } else {
                b.delete(at, Math.min(b.length(), at + 1 + r.nextInt(3)));
            }
        }
        if (r.nextInt(10) == 0) {
            b.setLength(r.nextInt(b.length() + 1));
        }
        return b.toString();
    }
}
