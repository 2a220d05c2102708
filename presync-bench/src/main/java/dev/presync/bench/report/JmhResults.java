package dev.presync.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads JMH's {@code -rf json} output: one entry per benchmark and parameter combination. */
final class JmhResults {
    private JmhResults() {
    }

    /** The entries of benchmarks whose name ends with {@code method}. */
    static List<JsonNode> entries(Path file, String method) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : new ObjectMapper().readTree(file.toFile())) {
            if (n.path("benchmark").asText().endsWith("." + method)) {
                out.add(n);
            }
        }
        return out;
    }

    static List<Measurement> evaluations(Path file) throws IOException {
        List<Measurement> out = new ArrayList<>();
        for (JsonNode n : entries(file, "evaluate")) {
            JsonNode primary = n.path("primaryMetric");
            JsonNode alloc = n.path("secondaryMetrics").path("gc.alloc.rate.norm");
            out.add(new Measurement(n.path("params").path("engine").asText(),
                    n.path("params").path("rules").asInt(),
                    primary.path("score").asDouble(),
                    number(primary.path("scoreError")),
                    alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble()));
        }
        return out;
    }

    /** Score and error in the file's unit, by size, for one benchmark method. */
    static List<double[]> singleShots(Path file, String method) throws IOException {
        List<double[]> out = new ArrayList<>();
        for (JsonNode n : entries(file, method)) {
            JsonNode primary = n.path("primaryMetric");
            out.add(new double[] {n.path("params").path("rules").asInt(), primary.path("score").asDouble(),
                    number(primary.path("scoreError"))});
        }
        return out;
    }

    /**
     * The sum of a secondary metric over every measured iteration of every fork of {@code entry}:
     * JMH keeps them as {@code secondaryMetrics.<metric>.rawData}, one array per fork. Warm-up
     * iterations are not in it.
     */
    static double rawSum(JsonNode entry, String metric) {
        JsonNode forks = entry.path("secondaryMetrics").path(metric).path("rawData");
        if (!forks.isArray() || forks.isEmpty()) {
            throw new IllegalArgumentException(entry.path("benchmark").asText() + " " + entry.path("params")
                    + ": no raw data for " + metric);
        }
        double sum = 0;
        for (JsonNode fork : forks) {
            for (JsonNode iteration : fork) {
                sum += iteration.asDouble();
            }
        }
        return sum;
    }

    private static double number(JsonNode n) {
        return n.isNumber() ? n.asDouble() : Double.NaN;
    }
}
