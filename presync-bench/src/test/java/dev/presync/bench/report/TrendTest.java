package dev.presync.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendTest {
    @Test
    void aFallingOrRisingRunBeyondTheToleranceTrends() {
        assertTrue(Trend.trends(new double[] {900, 400, 120}));
        assertTrue(Trend.trends(new double[] {10, 11, 12.5}));
    }

    @Test
    void noiseSmallMovesAndShortRunsDoNot() {
        assertFalse(Trend.trends(new double[] {100, 90, 101}));
        assertFalse(Trend.trends(new double[] {100, 99, 98}));
        assertFalse(Trend.trends(new double[] {900, 100}));
    }

    @Test
    void warnsOncePerTrendingForkNamingEngineAndSize() throws Exception {
        var entries = List.of(new ObjectMapper().readTree("""
                {"params":{"engine":"java","rules":"10000"},
                 "primaryMetric":{"rawData":[[5000.0,900.0,120.0],[121.0,119.0,122.0]]}}"""));
        List<String> w = Trend.warnings(entries);
        assertEquals(1, w.size());
        assertTrue(w.get(0).startsWith("bench: warning: java at 10000 rules still trends"), w.get(0));
    }
}
