package dev.presync.cli.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Replay's times read exactly as {@code Instant.toString} writes them, at the edges of the quick path too. */
class InstantTextPropertyTest {
    @Test
    void writesWhatInstantToStringWrites() {
        qt().withExamples(20_000)
                .forAll(longs().between(-40_000_000_000L, 260_000_000_000L), integers().between(0, 3))
                .checkAssert((seconds, fraction) -> {
                    Instant t = Instant.ofEpochSecond(seconds, fraction == 0 ? 1_000_000 * (seconds & 1) : 0);
                    assertEquals(t.toString(), InstantText.of(t));
                });
    }

    @Test
    void theEdgesOfTheYearsWrittenDirectly() {
        for (String s : new String[] {"1000-01-01T00:00:00Z", "0999-12-31T23:59:59Z", "9999-12-31T23:59:59Z",
                "+10000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2026-11-24T09:00:00Z"}) {
            Instant t = Instant.parse(s);
            assertEquals(t.toString(), InstantText.of(t));
        }
    }
}
