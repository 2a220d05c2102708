package dev.presync.sync.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.presync.sync.ConnectStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The typed entry point ({@link AgentEventRecords#read(AgentEventFields)}) reads as the map one, its
 * oracle: for random values, and a record holding them in any of the shapes the values stand for
 * (a null name being a missing key, a JSON null, or a missing or null object around it), the same
 * event or reason to ignore, or a problem with the same message at the same top-level key.
 */
class AgentEventFieldsPropertyTest {
    private static final List<String> TYPES = List.of("STATE_CHANGE", "STATE_CHANGE", "LOGIN", "LOGOUT", "HEART_BEAT",
            "BOGUS", "", "state_change");
    private static final List<String> TIMES = List.of("2026-11-24T09:00:00Z", "2026-11-24T09:00:00.018Z",
            "2026-11-24T09:00:00+01:00", "2026-11-24T25:00:00Z", "yesterday", "");
    private static final List<String> TEXTS = List.of("agent7", "jdoe", "Available", "Offline", "Lunch", "", "\ud800",
            "VOICE", "CHAT", "OUTBOUND", "INBOUND", "CALLBACK", "CONNECTED", "CONNECTING", "INCOMING", "PENDING",
            "ENDED", "MISSED");
    private static final List<String> STATES = List.of("CONNECTED", "CONNECTED_ONHOLD", "CONNECTING", "INCOMING",
            "PENDING", "ENDED", "MISSED", "ERROR", "REJECTED");
    private static final List<String> METHODS = List.of("OUTBOUND", "INBOUND", "CALLBACK", "TRANSFER", "API");

    @Test
    void readsAsTheMapReaderDoes() {
        int[] events = {0};
        qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            AgentEventFields fields = new AgentEventFields(pick(r, TYPES), pick(r, TIMES), snapshot(r), snapshot(r));
            Map<String, Object> record = record(r, fields);
            Reading want = AgentEventRecords.read(record);
            Reading got = AgentEventRecords.read(fields);
            String shown = fields + "\nas " + record;
            if (want instanceof Reading.Problem p) {
                Reading.Problem q = assertInstanceOf(Reading.Problem.class, got, shown);
                assertEquals(p.message(), q.message(), shown);
                assertEquals(p.keyPath().stream().limit(1).toList(), q.keyPath().stream().limit(1).toList(), shown);
            } else {
                assertEquals(want, got, shown);
                events[0] += want instanceof Reading.Event ? 1 : 0;
            }
        });
        assertTrue(events[0] > 1_000, "records read as events: " + events[0]);
    }

    /** Null one time in six, else mostly from {@code values}. */
    private static String pick(Random r, List<String> values) {
        return r.nextInt(6) == 0 ? null : values.get(r.nextInt(values.size()));
    }

    private static AgentEventFields.Snapshot snapshot(Random r) {
        if (r.nextInt(5) == 0) {
            return null;
        }
        List<ConnectStatus.Contact> contacts = null;
        if (r.nextBoolean()) {
            contacts = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                contacts.add(new ConnectStatus.Contact(pick(r, TEXTS), pick(r, METHODS), pick(r, STATES)));
            }
        }
        return new AgentEventFields.Snapshot(r.nextInt(8) == 0 ? pick(r, TEXTS) : pick(r, List.of("Available", "Lunch")),
                r.nextInt(8) == 0 ? pick(r, TEXTS) : pick(r, List.of("agent7", "jdoe")), contacts);
    }

    /** A record holding {@code fields}, each null value written in one of the shapes it stands for, keys in any order. */
    private static Map<String, Object> record(Random r, AgentEventFields fields) {
        Map<String, Object> record = new LinkedHashMap<>();
        put(r, record, "AgentARN", "arn:aws:connect:x");
        put(r, record, "EventType", fields.eventType());
        put(r, record, "EventTimestamp", fields.eventTimestamp());
        put(r, record, "CurrentAgentSnapshot", snapshot(r, fields.current()));
        put(r, record, "PreviousAgentSnapshot", snapshot(r, fields.previous()));
        return shuffled(r, record);
    }

    private static Map<String, Object> snapshot(Random r, AgentEventFields.Snapshot s) {
        if (s == null) {
            return null;
        }
        Map<String, Object> snapshot = new LinkedHashMap<>();
        put(r, snapshot, "AgentStatus", holding(r, "Name", s.statusName()));
        put(r, snapshot, "Configuration", holding(r, "Username", s.username()));
        if (!s.contacts().isEmpty() || r.nextBoolean()) {
            List<Object> contacts = new ArrayList<>();
            for (ConnectStatus.Contact c : s.contacts()) {
                Map<String, Object> contact = new LinkedHashMap<>();
                put(r, contact, "ContactId", "c-1");
                put(r, contact, "Channel", c.channel());
                put(r, contact, "InitiationMethod", c.initiationMethod());
                put(r, contact, "State", c.state());
                contacts.add(shuffled(r, contact));
            }
            snapshot.put("Contacts", contacts);
        } else if (r.nextBoolean()) {
            snapshot.put("Contacts", null);
        }
        return shuffled(r, snapshot);
    }

    /** An object holding {@code value} at {@code key}; for a null value, sometimes no object at all (null). */
    private static Map<String, Object> holding(Random r, String key, String value) {
        if (value == null && r.nextInt(3) == 0) {
            return null;
        }
        Map<String, Object> object = new LinkedHashMap<>();
        put(r, object, "ARN", "arn");
        put(r, object, key, value);
        return shuffled(r, object);
    }

    /** {@code value} at {@code key}; a null value as a JSON null or left out. */
    private static void put(Random r, Map<String, Object> object, String key, Object value) {
        if (value != null || r.nextBoolean()) {
            object.put(key, value);
        }
    }

    private static Map<String, Object> shuffled(Random r, Map<String, Object> object) {
        List<String> keys = new ArrayList<>(object.keySet());
        java.util.Collections.shuffle(keys, r);
        Map<String, Object> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, object.get(k)));
        return out;
    }
}
