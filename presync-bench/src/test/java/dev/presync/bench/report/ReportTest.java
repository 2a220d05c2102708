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
                + paired("events", "[[4]]", "[[200e6]]", "[[400e6]]") + ","
                + paired("day", "[[4]]", "[[2000e6]]", "[[2400e6]]") + "]");
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

    @Test
    void pairedFiguresAreSummedTimeOverSummedPairsAcrossIterationsAndForks() throws Exception {
        // Fork 1: a quiet iteration, 10 pairs at 60 ms parse and 78 ms command (1.3×); then a slow
        // stretch, both sides 1.6× slower, so only 5 pairs fit. Fork 2: 5 pairs at 60 and 84 ms (1.4×).
        Path inputs = Files.writeString(dir.resolve("inputs.tsv"), "events\trun\t23400000\t93600\n");
        Path jmh = Files.writeString(dir.resolve("ingest.json"), "["
                + paired("events", "[[10, 5], [5]]", "[[600e6, 480e6], [300e6]]", "[[780e6, 672e6], [420e6]]") + "]");
        Path json = dir.resolve("out.json");
        String printed = run("--evaluate", sample().toString(), "--ingest-inputs", inputs.toString(), "--ingest", jmh.toString(),
                "--json", json.toString());

        // 20 pairs: 1,380 ms of parse (69 ms a pass), 1,872 ms of command (93.6 ms a pass).
        assertTrue(printed.contains("| events | run | 23,400,000 | 93,600 | no (JMH, warm) | 339.1 | 250.0 | 1,000,000 | 1.36× |"), printed);
        JsonNode run = new ObjectMapper().readTree(json.toFile()).get(3);
        assertEquals(250.0, run.get("mb_per_s").asDouble(), 1e-9);
        assertEquals(1_000_000, run.get("events_per_s").asDouble(), 1e-6);
        // Not the mean of the iterations' ratios (1.367) nor of their per-pass times (98.8 / 72 = 1.372).
        assertEquals(1872.0 / 1380.0, run.get("ratio_to_parse").asDouble(), 1e-9);
    }

    /**
     * One entry of {@code IngestBenchmark.paired} as JMH's {@code -rf json} writes it, cut to what
     * the report reads: per counter, {@code rawData} holds one array per fork of one value per
     * measured iteration. Each {@code score} is set to a value the report must not use.
     */
    private static String paired(String input, String pairs, String parseNanos, String commandNanos) {
        return "{\"benchmark\":\"dev.presync.bench.ingest.IngestBenchmark.paired\",\"params\":{\"input\":\"" + input
                + "\"},\"primaryMetric\":{\"score\":1.0,\"scoreUnit\":\"ms/op\",\"rawData\":[[1.0]]},\"secondaryMetrics\":{"
                + counter("pairs", pairs) + "," + counter("parseNanos", parseNanos) + "," + counter("commandNanos", commandNanos)
                + "}}";
    }

    private static String counter(String name, String rawData) {
        return "\"" + name + "\":{\"score\":1.0,\"scoreUnit\":\"#\",\"rawData\":" + rawData + "}";
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
