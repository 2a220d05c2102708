package dev.presync.cli.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.presync.sync.source.AgentEventRecords;
import dev.presync.sync.source.KeysRead;
import dev.presync.sync.source.OmniChannelEvents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
        "0", "-", ".", "e", "1e999999999999", "1.5", "null", "true", "\u0001", "\t", "é", "\"EventType\":1,",
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
        qt().withExamples(5_000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String line = mutate(r, lines.get(r.nextInt(lines.size())));
            assertEquals(wholeThenPruned(line, keys), pruned(line, keys), line);
        });
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
        List<String> lines = new ArrayList<>();
        for (String golden : List.of("bad-lines", "pct-exact", "rules-with-errors", "seed-lunch")) {
            lines.addAll(Files.readAllLines(Path.of("src/test/resources/golden/run", golden + ".jsonl")));
        }
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
        List<String> lines = new ArrayList<>();
        for (String golden : List.of("bad-lines", "pct-exact", "rules-with-errors", "seed-lunch")) {
            lines.addAll(Files.readAllLines(Path.of("src/test/resources/golden/run", golden + ".jsonl")));
        }
        int[] direct = {0};
        qt().withExamples(10_000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String line = mutate(r, lines.get(r.nextInt(lines.size())), r.nextBoolean() ? EVENT_PIECES : PIECES);
            if (DirectEventLine.read(line) != null) {
                direct[0]++;
            }
            assertEquals(shown(EventLineParser.carefully(line)), shown(EventLineParser.parse(line)), line);
        });
        assertTrue(direct[0] > 1_000, "lines read directly: " + direct[0]); // the fast path is taken, not just the careful one
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
