package dev.presync.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report reads JMH's JSON as JMH writes it and writes the issue's JSON keys. */
class ReportTest {
    @TempDir
    Path dir;

    private Path sample() throws Exception {
        Path file = dir.resolve("evaluate.json");
        try (var in = ReportTest.class.getResourceAsStream("evaluate.json")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void readsOnlyTheEvaluationEntries() throws Exception {
        List<Measurement> ms = JmhResults.evaluations(sample());
        assertEquals(3, ms.size());
        Measurement spel = ms.get(2);
        assertEquals("spel", spel.engine());
        assertTrue(Double.isNaN(spel.nsError()) && Double.isNaN(spel.bytesPerEvent()));
    }

    @Test
    void printsTheTableWithRatiosToJavaAndWritesTheJsonArray() throws Exception {
        Path json = dir.resolve("out.json");
        String printed = run("--evaluate", sample().toString(), "--json", json.toString());
        assertTrue(printed.contains("| java | 4.00 ± 0.25 ns · 1.00× · 0 B |"), printed);
        assertTrue(printed.contains("| presync-compiled | 6.00 ± 0.50 ns · 1.50× · 0 B |"), printed);
        assertTrue(printed.contains("| spel | 60.0 ns · 15.00× · ? B |"), printed);
        assertTrue(printed.contains("| presync compiled at or under 1.0× hand-written Java at every size | worst 1.50× (at 10 rules) | **missed** |"), printed);

        JsonNode array = new ObjectMapper().readTree(json.toFile());
        assertEquals(3, array.size());
        JsonNode compiled = array.get(1);
        assertEquals(List.of("engine", "rules", "ns_per_event", "ratio_to_java", "bytes_per_event"),
                iterable(compiled.fieldNames()));
        assertEquals("presync-compiled", compiled.get("engine").asText());
        assertEquals(10, compiled.get("rules").asInt());
        assertEquals(1.5, compiled.get("ratio_to_java").asDouble(), 1e-9);
        assertTrue(array.get(2).get("bytes_per_event").isNull());
    }

    @Test
    void addsOneJsonObjectPerIngestionFigureWithTheIssuesKeysAndATable() throws Exception {
        Path inputs = Files.writeString(dir.resolve("inputs.tsv"), "events\trun\t20000000\t200000\nday\treplay\t100000000\t100000\n");
        Path jmh = Files.writeString(dir.resolve("ingest.json"), "["
                + entry("parse", "events", 50) + "," + entry("command", "events", 100) + ","
                + entry("parse", "day", 500) + "," + entry("command", "day", 600) + "]");
        Path cold = Files.writeString(dir.resolve("ingest-cold.tsv"), "events\t400\t1000\n");
        Path json = dir.resolve("out.json");
        String printed = run("--evaluate", sample().toString(), "--ingest-inputs", inputs.toString(), "--ingest", jmh.toString(),
                "--ingest-cold", cold.toString(), "--json", json.toString());
        assertTrue(printed.contains("| events | run | 20,000,000 | 200,000 | no (JMH, warm) | 400.0 | 200.0 | 2,000,000 | 2.00× |"), printed);
        assertTrue(printed.contains("| day | replay | 100,000,000 | 100,000 | no (JMH, warm) | 200.0 | 166.7 | 166,667 | 1.20× |"), printed);
        assertTrue(printed.contains("| events | run | 20,000,000 | 200,000 | yes (median wall clock) | 50.0 | 20.0 | 200,000 | 2.50× |"), printed);
        assertTrue(printed.contains("`run` within 1.5× of the bare parse (warm): 2.00× — **missed**"), printed);
        assertTrue(printed.contains("`replay` within 1.5× of the bare parse (warm): 1.20× — **met**"), printed);

        JsonNode array = new ObjectMapper().readTree(json.toFile());
        assertEquals(3 + 3, array.size(), "the evaluation rows stay, one object per ingestion figure follows");
        assertEquals("java", array.get(0).get("engine").asText());
        JsonNode run = array.get(3);
        assertEquals(List.of("command", "mb_per_s", "events_per_s", "ratio_to_parse"), iterable(run.fieldNames()).subList(0, 4));
        assertEquals("run", run.get("command").asText());
        assertEquals(200.0, run.get("mb_per_s").asDouble(), 1e-9);
        assertEquals(2_000_000, run.get("events_per_s").asDouble(), 1e-6);
        assertEquals(2.0, run.get("ratio_to_parse").asDouble(), 1e-9);
        assertEquals("replay", array.get(4).get("command").asText());
        assertTrue(array.get(5).get("jvm_start").asBoolean());
        assertEquals(2.5, array.get(5).get("ratio_to_parse").asDouble(), 1e-9);
    }

    /** One entry as JMH's {@code -rf json} writes it, cut to what the report reads. */
    private static String entry(String method, String input, double ms) {
        return "{\"benchmark\":\"dev.presync.bench.ingest.IngestBenchmark." + method + "\",\"params\":{\"input\":\"" + input
                + "\"},\"primaryMetric\":{\"score\":" + ms + ",\"scoreUnit\":\"ms/op\"}}";
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static String run(String... args) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            Report.main(args);
        } finally {
            System.setOut(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
