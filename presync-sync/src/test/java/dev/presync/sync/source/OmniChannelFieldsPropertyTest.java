package dev.presync.sync.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The typed entry point ({@link OmniChannelEvents#read(OmniChannelFields)}) reads as the map one,
 * its oracle: for random values, held by an event in any order, a null value left out or written
 * as JSON null, a number as a JSON library gives it (a {@code BigDecimal}, as presync's reader
 * gives, or a {@code Long}), the same event or the same problem at the same key.
 */
class OmniChannelFieldsPropertyTest {
    private static final List<String> TYPES = List.of("omniChannelStatusChanged", "omniChannelLogout",
            "omniChannelWorkAccepted", "omniChannelWorkloadChanged", "omniChannelWorkloadChanged", "bogus", "");
    private static final List<String> TIMES = List.of("2026-11-24T09:00:00Z", "2026-11-24T09:00:00.5+01:00",
            "2026-11-24T25:00:00Z", "soon", "");
    private static final List<String> TEXTS = List.of("agent7", "Lunch", "OmniManualStatusChange", "casesChannel", "",
            "\ud800");
    private static final List<Long> NUMBERS = List.of(0L, 1L, 3L, -1L, Long.MAX_VALUE, Long.MIN_VALUE);

    @Test
    void readsAsTheMapReaderDoes() {
        int[] events = {0};
        qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            OmniChannelFields fields = new OmniChannelFields(pick(r, TIMES), pick(r, TEXTS), pick(r, TYPES),
                    pick(r, TEXTS), pick(r, TEXTS), pick(r, TEXTS), pick(r, NUMBERS), pick(r, NUMBERS), pick(r, NUMBERS));
            Map<String, Object> event = event(r, fields);
            Reading want = OmniChannelEvents.read(event);
            assertEquals(want, OmniChannelEvents.read(fields), () -> fields + "\nas " + event);
            events[0] += want instanceof Reading.Event ? 1 : 0;
        });
        assertTrue(events[0] > 1_000, "events read: " + events[0]);
    }

    /** Null one time in seven, else from {@code values}. */
    private static <T> T pick(Random r, List<T> values) {
        return r.nextInt(7) == 0 ? null : values.get(r.nextInt(values.size()));
    }

    private static Map<String, Object> event(Random r, OmniChannelFields f) {
        Map<String, Object> event = new LinkedHashMap<>();
        put(r, event, "time", f.time());
        put(r, event, "agent", f.agent());
        put(r, event, "type", f.type());
        put(r, event, "statusApiName", f.statusApiName());
        put(r, event, "reason", f.reason());
        put(r, event, "serviceChannel", f.serviceChannel());
        put(r, event, "configuredCapacity", number(r, f.configuredCapacity()));
        put(r, event, "previousWorkload", number(r, f.previousWorkload()));
        put(r, event, "newWorkload", number(r, f.newWorkload()));
        put(r, event, "workItemId", "0Mw1");
        List<String> keys = new ArrayList<>(event.keySet());
        Collections.shuffle(keys, r);
        Map<String, Object> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, event.get(k)));
        return out;
    }

    private static Object number(Random r, Long n) {
        return n == null || r.nextBoolean() ? n : BigDecimal.valueOf(n);
    }

    private static void put(Random r, Map<String, Object> object, String key, Object value) {
        if (value != null || r.nextBoolean()) {
            object.put(key, value);
        }
    }
}
