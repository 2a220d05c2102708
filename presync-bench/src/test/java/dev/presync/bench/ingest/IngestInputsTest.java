package dev.presync.bench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.cli.day.DayFiles;
import dev.presync.cli.events.EventRun;
import dev.presync.compiler.Engine;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.runtime.EventType;
import dev.presync.runtime.RuleSet;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The event stream ingestion is measured on is one {@code presync run} reads whole, and the bare parse reads what it says. */
class IngestInputsTest {
    @Test
    void everyEventLineIsGoodForRunAndEveryEventTypeOccurs() throws Exception {
        byte[] lines = IngestInputs.eventLines(2_000);
        String text = new String(lines, StandardCharsets.UTF_8);
        for (EventType t : EventType.values()) {
            assertTrue(text.contains("\"event\":\"" + t.spelling() + "\""), t.spelling());
        }
        RuleSet rules = PresyncCompiler.load(PresyncCompiler.compile("examples.rules", DayFiles.exampleRules()), Engine.COMPILED);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        boolean bad = EventRun.run(rules, null, new ByteArrayInputStream(lines), "events.jsonl", new PrintWriter(out),
                new PrintWriter(err));
        assertFalse(bad, err.toString());
        assertEquals("", err.toString());
        assertEquals(2_000, out.toString().lines().count());
        assertTrue(out.toString().contains("\"rule\":"), "some example rule fires on the stream");
    }

    @Test
    void theSameLinesEveryTime() {
        assertTrue(Arrays.equals(IngestInputs.eventLines(500), IngestInputs.eventLines(500)));
    }

    @Test
    void bareParseReadsEveryTokenAndSkipsABadLine() throws Exception {
        long good = BareParse.parse("{\"ab\":\"xyz\",\"n\":40}\n".getBytes(StandardCharsets.UTF_8));
        // names 2 + 1, string 3, number 40, start and end of the object 1 + 1
        assertEquals(48, good);
        long withBad = BareParse.parse("{\"ab\":\"xyz\",\"n\":40}\n{\"cut\":\n{\"ab\":\"xyz\",\"n\":40}".getBytes(StandardCharsets.UTF_8));
        long cut = BareParse.parse("{\"cut\":".getBytes(StandardCharsets.UTF_8));
        assertEquals(2 * good + cut, withBad, "the lines after a bad one are read, the last one without its newline");
    }
}
