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

/** The report reads JMH's JSON as JMH writes it and writes the JSON keys. */
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
