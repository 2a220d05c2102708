package dev.presync.sync.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick reading of a time gives what {@code OffsetDateTime.parse} gives, for good times and near misses alike. */
class IsoTimesPropertyTest {
    @Test
    void agreesWithOffsetDateTimeParse() {
        qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
            String text = nearlyATime(new Random(seed));
            assertEquals(reference(text), IsoTimes.parse(text), text);
        });
    }

    @Test
    void theFormBothSystemsSendTakesTheQuickPath() {
        assertNotNull(IsoTimes.quick("2026-11-24T09:00:00Z"));
        assertNotNull(IsoTimes.quick("2024-02-29T23:59:59.123456789Z"));
        assertEquals(Instant.parse("2026-11-24T09:00:00.5Z"), IsoTimes.quick("2026-11-24T09:00:00.5Z"));
    }

    private static Instant reference(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Mostly well-formed times, with fields out of range, odd fractions, other offsets and stray characters. */
    private static String nearlyATime(Random r) {
        StringBuilder s = new StringBuilder();
        s.append(r.nextInt(10) == 0 ? pad(r.nextInt(10_000), 4) : pad(1970 + r.nextInt(100), 4)).append('-');
        s.append(pad(r.nextInt(8) == 0 ? r.nextInt(100) : 1 + r.nextInt(12), 2)).append('-');
        s.append(pad(r.nextInt(8) == 0 ? r.nextInt(100) : 1 + r.nextInt(31), 2));
        s.append(r.nextInt(30) == 0 ? 't' : 'T');
        s.append(pad(r.nextInt(8) == 0 ? r.nextInt(100) : r.nextInt(24), 2)).append(':');
        s.append(pad(r.nextInt(8) == 0 ? r.nextInt(100) : r.nextInt(60), 2)).append(':');
        s.append(pad(r.nextInt(8) == 0 ? r.nextInt(100) : r.nextInt(60), 2));
        int fraction = r.nextInt(4) == 0 ? r.nextInt(11) : 0;
        if (fraction > 0 || r.nextInt(20) == 0) {
            s.append('.');
            for (int i = 0; i < fraction; i++) {
                s.append((char) ('0' + r.nextInt(10)));
            }
        }
        String[] offsets = {"Z", "Z", "Z", "Z", "z", "+01:00", "-05:30", "+00:00", "", "ZZ"};
        s.append(offsets[r.nextInt(offsets.length)]);
        if (r.nextInt(40) == 0) {
            s.setCharAt(r.nextInt(s.length()), (char) (' ' + r.nextInt(95)));
        }
        return s.toString();
    }

    private static String pad(int value, int width) {
        StringBuilder s = new StringBuilder(Integer.toString(value));
        while (s.length() < width) {
            s.insert(0, '0');
        }
        return s.toString();
    }
}
