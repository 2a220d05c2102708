package dev.presync.cli.day;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A generated contact-center day: every agent's lines, merged into the two streams sorted by time,
 * with a few deliberately bad lines. The same seed gives the same day.
 */
final class DayGenerator {
    static final Instant START = Instant.parse("2026-11-24T08:00:00Z");
    static final Instant END = Instant.parse("2026-11-24T17:00:00Z");
    static final int BAD_LINES = 3;

    private DayGenerator() {
    }

    /** All lines of the day in the order replay merges them: by time, Connect first on a tie, then file order. */
    static List<DayLine> generate(int agents, long seed) {
        List<DayLine> all = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            Random random = new Random(seed * 31 + i);
            String agent = String.format("agent%04d", i);
            all.addAll(new AgentDay(agent, random, START.plusSeconds(random.nextInt(30 * 60))).generate(END));
        }
        all.add(new DayLine(Instant.parse("2026-11-24T10:00:00.500Z"), 0, null,
                "{\"EventType\":\"STATE_CHANGE\",\"EventTimestamp\":\"2026-11-24T10:00:00.500Z\",\"CurrentAgentSnapshot\":{",
                new DayLine.Bad(), false));
        all.add(new DayLine(Instant.parse("2026-11-24T11:00:00.500Z"), 1, null,
                "{\"time\":\"2026-11-24T11:00:00.500Z\",\"agent\":\"agent0001\",\"type\":\"omniChannelStatusChange\"}",
                new DayLine.Bad(), false));
        all.add(new DayLine(Instant.parse("2026-11-24T12:00:00.500Z"), 1, null,
                "{\"time\":\"2026-11-24T12:00:00.500Z\",\"type\":\"omniChannelLogout\"}", new DayLine.Bad(), false));
        // A stable sort keeps each agent's own order for lines at the same second in the same file.
        all.sort(Comparator.comparing(DayLine::time).thenComparingInt(DayLine::file));
        return all;
    }
}
