package dev.presync.cli.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.presync.sync.source.AgentEventRecords;
import dev.presync.sync.source.KeysRead;
import dev.presync.sync.source.OmniChannelEvents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Reading a line pruned to a reader's keys, with presync's own duplicate check, is reading it as
 * before ({@link JsonObjectLineOracle}: whole, Jackson's check) and pruning after: the same fields
 * with the same columns and pruned values, or the same complaint at the same column, on the replay
 * golden's records mutated a few characters at a time (broken syntax, duplicate keys, bad escapes,
 * absurd numbers, control characters, truncation).
 */
class JsonObjectLinePruningPropertyTest {
    private static final String EXPECTED = "expected a JSON object";
    private static final String[] PIECES = {"\"", "{", "}", "[", "]", ",", ":", "\\", "\\u", "\\ud800", "\\x", " ",
        "0", "-", ".", "e", "1e999999999999", "1.5", "null", "true", "\u0001", "\u0000", "\t", "é", "\"EventType\":1,",
        "\"Name\":\"x\",", "\"ARN\":[{}],", "\"Contacts\":{},", "\"time\":\"t\","};

    @Test
    void agentEventRecordLines() throws IOException {
        samePrunedOrNot("day.connect.jsonl", AgentEventRecords.keysRead());
    }

    @Test
    void omniChannelEventLines() throws IOException {
        samePrunedOrNot("day.salesforce.jsonl", OmniChannelEvents.keysRead());
    }

    private static void samePrunedOrNot(String golden, KeysRead keys) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/golden/replay", golden)).stream()
                .filter(l -> !l.isBlank()).toList();
        int[] inPlace = {0};
        qt().withExamples(5_000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String line = mutate(r, lines.get(r.nextInt(lines.size())));
            Object want = wholeThenPruned(line, keys);
            assertEquals(want, pruned(line, keys), line);
            Embedded e = Embedded.of(r, line);
            if (e != null) {
                inPlace[0]++;
                assertEquals(want, pruned(e, keys), line);
            }
        });
        assertTrue(inPlace[0] > 2_500, "lines read from bytes: " + inPlace[0]); // most mutations keep a line plain
    }

    /**
     * A stream of mutated records, some longer than {@link LineInput}'s buffer, handed over in reads
     * of any size, so that lines are split across reads and moved in the buffer: each plain line
     * read where it lies is the line read as text.
     */
    @Test
    void recordsReadInPlaceFromAStream() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/golden/replay", "day.connect.jsonl")).stream()
                .filter(l -> !l.isBlank()).toList();
        KeysRead keys = AgentEventRecords.keysRead();
        int[] longLines = {0};
        qt().withExamples(150).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            List<String> stream = stream(r, lines, PIECES);
            longLines[0] += stream.stream().filter(l -> l.length() > 64 * 1024).count();
            eachLineInPlace(r, stream, (line, in) -> assertEquals(wholeThenPruned(line, keys),
                    pruned(new Embedded(in.bytes(), in.offset(), in.length()), keys), line));
        });
        assertTrue(longLines[0] > 20, "lines longer than the buffer: " + longLines[0]);
    }

    /** The same for event lines: a line read in place reads as its text does, carefully. */
    @Test
    void eventLinesReadInPlaceFromAStream() throws IOException {
        List<String> lines = eventLines();
        qt().withExamples(150).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            eachLineInPlace(r, stream(r, lines, EVENT_PIECES), (line, in) -> assertEquals(
                    shown(EventLineParser.carefully(line)),
                    shown(EventLineParser.parse(in.bytes(), in.offset(), in.length())), line));
        });
    }

    /** Up to 20 mutated lines, a quarter of them padded past 64 KiB with spaces put anywhere. */
    private static List<String> stream(Random r, List<String> lines, String[] pieces) {
        List<String> out = new ArrayList<>();
        for (int n = r.nextInt(20); n > 0; n--) {
            String line = mutate(r, lines.get(r.nextInt(lines.size())), r.nextBoolean() ? pieces : PIECES);
            if (r.nextInt(4) == 0) {
                int at = r.nextInt(line.length() + 1);
                line = line.substring(0, at) + " ".repeat(64 * 1024 + r.nextInt(70_000)) + line.substring(at);
            }
            out.add(line);
        }
        return out;
    }

    private static void eachLineInPlace(Random r, List<String> lines, BiConsumer<String, LineInput> check) {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l).append(r.nextBoolean() ? "\n" : "\r\n"));
        LineInput in = new LineInput(new Trickle(text.toString().getBytes(StandardCharsets.UTF_8), 1 + r.nextInt(70_000), r));
        try {
            for (String line : lines) {
                assertTrue(in.advance());
                String got = in.text();
                assertEquals(line, got);
                if (AsciiLines.isPlain(in.bytes(), in.offset(), in.length())) {
                    check.accept(line, in);
                }
            }
            assertFalse(in.advance());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A plain line's bytes amid other bytes (JSON's own punctuation and line ends), as a line lies
     * in {@link LineInput}'s buffer; null for a line that is not plain, which is never read so.
     */
    private record Embedded(byte[] bytes, int offset, int length) {
        private static final byte[] AROUND = "{}[]\"\\ ,:1e\n\r".getBytes(StandardCharsets.US_ASCII);

        static Embedded of(Random r, String line) {
            byte[] own = line.getBytes(StandardCharsets.UTF_8);
            if (!AsciiLines.isPlain(own, 0, own.length)) {
                return null;
            }
            int before = r.nextInt(40);
            byte[] bytes = new byte[before + own.length + r.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = AROUND[r.nextInt(AROUND.length)];
            }
            System.arraycopy(own, 0, bytes, before, own.length);
            return new Embedded(bytes, before, own.length);
        }
    }

    private static Object pruned(Embedded e, KeysRead keys) {
        try {
            return JsonObjectLine.read(e.bytes(), e.offset(), e.length(), EXPECTED, keys);
        } catch (JsonObjectLine.NotAnObject x) {
            return x.column + ": " + x.getMessage();
        } catch (RuntimeException x) {
            return x.toString();
        }
    }

    private static Object wholeThenPruned(String line, KeysRead keys) {
        try {
            List<JsonObjectLine.Field> kept = new ArrayList<>();
            for (JsonObjectLine.Field f : JsonObjectLineOracle.read(line, EXPECTED)) {
                KeysRead node = keys.key(f.name());
                if (node != null) {
                    kept.add(new JsonObjectLine.Field(f.name(), f.column(), node.prune(f.value()), f.text()));
                }
            }
            return kept;
        } catch (JsonObjectLine.NotAnObject e) {
            return e.column + ": " + e.getMessage();
        } catch (RuntimeException e) {
            return e.toString(); // nothing should escape; if it does, both ways alike
        }
    }

    @Test
    void eventLinesAreReadAsBefore() throws IOException {
        List<String> lines = eventLines();
        qt().withExamples(5_000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String line = mutate(r, lines.get(r.nextInt(lines.size())));
            assertEquals(oracle(line), pruned(line, null), line);
        });
    }

    private static Object oracle(String line) {
        try {
            return JsonObjectLineOracle.read(line, EXPECTED);
        } catch (JsonObjectLine.NotAnObject e) {
            return e.column + ": " + e.getMessage();
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private static Object pruned(String line, KeysRead keys) {
        try {
            return JsonObjectLine.read(line, EXPECTED, keys);
        } catch (JsonObjectLine.NotAnObject e) {
            return e.column + ": " + e.getMessage();
        } catch (RuntimeException e) {
            return e.toString(); // nothing should escape; if it does, both ways alike
        }
    }

    /** Event-line pieces besides the above: fields right and wrong, numbers at a long's edges. */
    private static final String[] EVENT_PIECES = {"\"agent\":\"a\",", "\"agent\":7,", "\"SalesforceNewWorkload\":3,",
        "\"SalesforcePreviousWorkload\":-1,", "9223372036854775807", "9223372036854775808", "4.0", "1e2", "0.5",
        "\"ConnectNewState\":\"x\",", "\"SalesforceNewState\":\"Offline\",", "\"event\":\"SalesforceAgentLogout\",",
        "\"SalesforceNewWorkloadPct\":5,", "\"Unknown\":1,", "\"ConnectOldState\":null,"};

    /**
     * The direct reading of a fine event line ({@link DirectEventLine}, no field records, whole
     * numbers as longs) gives what the careful reading gives, for every line: the same event and
     * agent, or (having handed the line over) the same message at the same column.
     */
    @Test
    void eventLinesReadDirectlyAsCarefully() throws IOException {
        List<String> lines = eventLines();
        int[] direct = {0};
        int[] fromBytes = {0};
        qt().withExamples(10_000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String line = mutate(r, lines.get(r.nextInt(lines.size())), r.nextBoolean() ? EVENT_PIECES : PIECES);
            boolean fine = DirectEventLine.read(line) != null;
            if (fine) {
                direct[0]++;
            }
            String want = shown(EventLineParser.carefully(line));
            assertEquals(want, shown(EventLineParser.parse(line)), line);
            Embedded e = Embedded.of(r, line);
            if (e != null) {
                // From its bytes a line is read directly exactly when its text is, and reads the same.
                assertEquals(fine, DirectEventLine.read(e.bytes(), e.offset(), e.length()) != null, line);
                fromBytes[0] += fine ? 1 : 0;
                assertEquals(want, shown(EventLineParser.parse(e.bytes(), e.offset(), e.length())), line);
            }
        });
        assertTrue(direct[0] > 1_000, "lines read directly: " + direct[0]); // the fast path is taken, not just the careful one
        assertTrue(fromBytes[0] > 1_000, "lines read directly from bytes: " + fromBytes[0]);
    }

    /** Pieces at the edges of what {@link EventLineScanner} takes: numbers, space, rare bytes, nulls. */
    private static final String[] SCANNER_PIECES = {"0", "00", "01", "-0", "123456789012345678", "1234567890123456789",
        "99999999999999999999", " ", "\t", "\r", "\u007f", "\u001f", "null", "nul", "\"agent\":null,", "\"\":1,",
        "\"ConnectNewState\":\"\",", "\"SalesforceNewWorkload\":null,", "\"event\":\"x\",", "\\\"", "\\u0041"};

    private static final String[] NUMBERS = {"0", "7", "00", "01", "-0", "-1", "1.0", "1e2", "1E2", "0.", "123456789012345678",
        "1234567890123456789", "99999999999999999999", "null", "\"5\"", "true"};

    /**
     * {@link EventLineScanner} reads a subset of the lines {@link DirectEventLine} reads, and reads them
     * the same: whatever it answers for a mutated plain line is what the careful reading gives, and
     * it answers for most of the lines that are fine.
     */
    @Test
    void eventLinesScannedAsCarefully() throws IOException {
        List<String> lines = eventLines();
        int[] scanned = {0};
        int[] fine = {0};
        qt().withExamples(10_000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String[] pieces = switch (r.nextInt(3)) {
                case 0 -> SCANNER_PIECES;
                case 1 -> EVENT_PIECES;
                default -> PIECES;
            };
            String base = lines.get(r.nextInt(lines.size()));
            if (r.nextBoolean()) { // a number of any shape where a line has one
                base = base.replaceFirst("\\d+", NUMBERS[r.nextInt(NUMBERS.length)]);
            }
            Embedded e = Embedded.of(r, mutate(r, base, pieces));
            if (e == null) {
                return;
            }
            String line = new String(e.bytes(), e.offset(), e.length(), StandardCharsets.US_ASCII);
            ParsedLine.Event got = EventLineScanner.read(e.bytes(), e.offset(), e.length());
            if (DirectEventLine.read(line) != null) {
                fine[0]++;
            }
            if (got != null) {
                scanned[0]++;
                assertEquals(shown(EventLineParser.carefully(line)), shown(got), line);
            }
        });
        assertTrue(scanned[0] > fine[0] * 3 / 4, "lines scanned: " + scanned[0] + " of " + fine[0] + " fine");
        assertTrue(fine[0] > 1_000, "fine lines: " + fine[0]);
    }

    private static List<String> eventLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String golden : List.of("bad-lines", "pct-exact", "rules-with-errors", "seed-lunch")) {
            lines.addAll(Files.readAllLines(Path.of("src/test/resources/golden/run", golden + ".jsonl")));
        }
        return lines;
    }

    private static String shown(ParsedLine parsed) {
        return parsed instanceof ParsedLine.Event e ? "event " + e.event() + " agent " + e.agent() : parsed.toString();
    }

    /** Up to three edits: a piece inserted, a span deleted, or a key duplicated; sometimes the end cut off. */
    private static String mutate(Random r, String line) {
        return mutate(r, line, PIECES);
    }

    private static String mutate(Random r, String line, String[] pieces) {
        StringBuilder b = new StringBuilder(line);
        for (int n = r.nextInt(4); n > 0; n--) {
            int at = r.nextInt(b.length() + 1);
            switch (r.nextInt(4)) {
                case 0, 1 -> b.insert(at, pieces[r.nextInt(pieces.length)]);
                case 2 -> b.delete(at, Math.min(b.length(), at + 1 + r.nextInt(3)));
                default -> {
                    int key = b.indexOf("\",\"", at);
                    if (key >= 0) {
                        b.insert(key + 2, "\"Name\":0,\"Name\":0,");
                    }
                }
            }
        }
        if (r.nextInt(10) == 0) {
            b.setLength(r.nextInt(b.length() + 1));
        }
        return b.toString();
    }
}
