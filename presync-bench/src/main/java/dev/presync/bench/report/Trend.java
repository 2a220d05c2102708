package dev.presync.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Flags a trial whose measurement iterations still move one way: a JIT that was still compiling
 * (the hand-written Java at 10,000 rules once read 0.01x in a quick run). A fork's iterations
 * that only fall, or only rise, by more than {@link #TOLERANCE} from first to last make the
 * figure untrustworthy, and the report says so rather than print it silently.
 */
final class Trend {
    static final double TOLERANCE = 0.10;

    private Trend() {
    }

    /** One warning line per trending fork in a JMH {@code -rf json} result. */
    static List<String> warnings(List<JsonNode> entries) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : entries) {
            JsonNode forks = n.path("primaryMetric").path("rawData");
            for (JsonNode fork : forks) {
                double[] it = new double[fork.size()];
                for (int i = 0; i < it.length; i++) {
                    it[i] = fork.get(i).asDouble();
                }
                if (trends(it)) {
                    out.add(String.format(Locale.ROOT,
                            "bench: warning: %s at %s rules still trends over its iterations (%.1f -> %.1f ns/event);"
                                    + " warm it longer before trusting the figure",
                            n.path("params").path("engine").asText(), n.path("params").path("rules").asText(),
                            it[0], it[it.length - 1]));
                }
            }
        }
        return out;
    }

    /** Monotone over at least three iterations, and moved by more than the tolerance. */
    static boolean trends(double[] iterations) {
        if (iterations.length < 3) {
            return false;
        }
        boolean falling = true;
        boolean rising = true;
        for (int i = 1; i < iterations.length; i++) {
            falling &= iterations[i] < iterations[i - 1];
            rising &= iterations[i] > iterations[i - 1];
        }
        double first = iterations[0];
        double last = iterations[iterations.length - 1];
        return (falling || rising) && Math.abs(last - first) > TOLERANCE * Math.min(first, last);
    }
}
