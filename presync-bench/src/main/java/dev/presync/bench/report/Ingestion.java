package dev.presync.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ingestion figures of one run: for each input, {@code presync run} or {@code replay} against
 * the bare Jackson parse of the same bytes, on a warm JVM (the JMH {@code IngestBenchmark}) and
 * with JVM start (wall clock, one JVM per run, from {@code bin/bench}). Throughput is the input's
 * size over the time; {@code ratio_to_parse} is the parse's throughput over the command's, so 1.0
 * means the command reads as fast as the parse alone.
 *
 * <p>Warm, the two are paired: {@code IngestBenchmark.paired} runs one pass of each per invocation,
 * alternating, and counts the nanoseconds of each side and the pairs. A side's time per pass is
 * its nanoseconds summed over every measured iteration of every fork, over the pairs summed
 * likewise, so the ratio is summed command time over summed parse time: a slow stretch of the
 * machine weighs on both sides alike instead of on whichever happened to run in it.
 */
final class Ingestion {
    /** The target for {@code ratio_to_parse}. */
    static final double TARGET = 1.5;

    /** One input as {@code IngestInputs} wrote it. */
    record Input(String name, String command, long bytes, long events) {
    }

    /** One figure: seconds for the parse and for the command over the whole input. */
    record Figure(Input input, boolean jvmStart, double parseSeconds, double commandSeconds) {
        double mbPerSecond() {
            return input.bytes() / 1e6 / commandSeconds;
        }

        double parseMbPerSecond() {
            return input.bytes() / 1e6 / parseSeconds;
        }

        double eventsPerSecond() {
            return input.events() / commandSeconds;
        }

        double ratioToParse() {
            return commandSeconds / parseSeconds;
        }
    }

    private final List<Figure> figures;

    private Ingestion(List<Figure> figures) {
        this.figures = figures;
    }

    /**
     * @param inputs {@code inputs.tsv}: input, command, bytes, events
     * @param jmh    the JMH JSON of {@code IngestBenchmark}'s {@code paired}, or null
     * @param cold   a TSV of input, parse ms, command ms (medians, one JVM per run), or null
     */
    static Ingestion read(Path inputs, Path jmh, Path cold) throws IOException {
        Map<String, Input> byName = new LinkedHashMap<>();
        for (String line : Files.readAllLines(inputs)) {
            String[] c = line.split("\t");
            if (c.length == 4) {
                byName.put(c[0], new Input(c[0], c[1], Long.parseLong(c[2]), Long.parseLong(c[3])));
            }
        }
        List<Figure> out = new ArrayList<>();
        if (jmh != null) {
            Map<String, JsonNode> paired = new LinkedHashMap<>();
            for (JsonNode n : JmhResults.entries(jmh, "paired")) {
                paired.put(n.path("params").path("input").asText(), n);
            }
            byName.forEach((name, input) -> {
                if (paired.containsKey(name)) {
                    out.add(warm(input, paired.get(name)));
                }
            });
        }
        if (cold != null) {
            for (String line : Files.readAllLines(cold)) {
                String[] c = line.split("\t");
                if (c.length == 3 && byName.containsKey(c[0])) {
                    out.add(new Figure(byName.get(c[0]), true, Double.parseDouble(c[1]) / 1e3, Double.parseDouble(c[2]) / 1e3));
                }
            }
        }
        return new Ingestion(out);
    }

    /** Seconds per pass of each side: its summed nanoseconds over the summed pairs. */
    private static Figure warm(Input input, JsonNode paired) {
        double pairs = JmhResults.rawSum(paired, "pairs");
        return new Figure(input, false, JmhResults.rawSum(paired, "parseNanos") / pairs / 1e9,
                JmhResults.rawSum(paired, "commandNanos") / pairs / 1e9);
    }

    List<Figure> figures() {
        return figures;
    }

    String markdown() {
        StringBuilder s = new StringBuilder("Ingestion: `presync run` (input `events`) and `presync replay` (input `day`)"
                + " against a bare Jackson parse of the same bytes, in the same run; warm, the two are paired"
                + " (their passes alternate in one JVM, and the ratio is summed command time over summed parse time):\n\n"
                + "| input | command | bytes | events | JVM start | parse MB/s | command MB/s | command events/s | ratio to parse |\n"
                + "|---|---|---:|---:|---|---:|---:|---:|---:|\n");
        for (Figure f : figures) {
            s.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %s | %.1f | %.1f | %,.0f | %.2f× |%n",
                    f.input().name(), f.input().command(), f.input().bytes(), f.input().events(),
                    f.jvmStart() ? "yes (median wall clock)" : "no (JMH, warm)", f.parseMbPerSecond(), f.mbPerSecond(),
                    f.eventsPerSecond(), f.ratioToParse()));
        }
        for (Figure f : figures) {
            if (!f.jvmStart()) {
                s.append(String.format(Locale.ROOT, "%n`%s` within %.1f× of the bare parse (warm): %.2f× — %s", f.input().command(),
                        TARGET, f.ratioToParse(), f.ratioToParse() <= TARGET ? "**met**" : "**missed**"));
            }
        }
        return s.append('\n').toString();
    }

    /** Adds one object per figure, with the keys first. */
    void json(ArrayNode array) {
        for (Figure f : figures) {
            ObjectNode o = array.addObject();
            o.put("command", f.input().command());
            o.put("mb_per_s", f.mbPerSecond());
            o.put("events_per_s", f.eventsPerSecond());
            o.put("ratio_to_parse", f.ratioToParse());
            o.put("input", f.input().name());
            o.put("jvm_start", f.jvmStart());
            o.put("parse_mb_per_s", f.parseMbPerSecond());
            o.put("bytes", f.input().bytes());
            o.put("events", f.input().events());
        }
    }
}
