package dev.presync.sync.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each reader's promise about {@link KeysRead}: a record pruned to the keys the reader says it reads
 * reads exactly as the whole record does (the same event, or the same problem at the same keys),
 * on records built from those keys with values of every JSON type and keys the reader never reads.
 */
class KeysReadPropertyTest {
    private static final List<Object> TEXTS = List.of("STATE_CHANGE", "LOGIN", "LOGOUT", "HEART_BEAT", "BOGUS",
            "2026-11-24T09:00:00Z", "2026-11-24T09:00:00.5Z", "yesterday", "", "agent7", "Available", "Offline",
            "Lunch", "VOICE", "CHAT", "TASK", "OUTBOUND", "INBOUND", "CONNECTED", "CONNECTING", "MISSED", "ERROR",
            "omniChannelStatusChanged", "omniChannelLogout", "omniChannelWorkAccepted", "omniChannelWorkloadChanged",
            "casesChannel", "\ud800");
    /** Values a reader accepts at each key, so that generated records get past the first check often. */
    private static final Map<String, List<Object>> GOOD = Map.ofEntries(
            Map.entry("EventType", List.of("STATE_CHANGE", "LOGIN", "LOGOUT", "HEART_BEAT")),
            Map.entry("EventTimestamp", List.of("2026-11-24T09:00:00Z", "2026-11-24T09:00:00.018Z")),
            Map.entry("time", List.of("2026-11-24T09:00:00Z")),
            Map.entry("Username", List.of("agent7", "jdoe")),
            Map.entry("agent", List.of("agent7")),
            Map.entry("Name", List.of("Available", "Offline", "Lunch")),
            Map.entry("Channel", List.of("VOICE", "CHAT", "TASK")),
            Map.entry("InitiationMethod", List.of("OUTBOUND", "INBOUND", "CALLBACK")),
            Map.entry("State", List.of("CONNECTED", "CONNECTING", "INCOMING", "MISSED")),
            Map.entry("type", List.of("omniChannelStatusChanged", "omniChannelLogout", "omniChannelWorkAccepted",
                    "omniChannelWorkloadChanged")),
            Map.entry("statusApiName", List.of("Lunch")),
            Map.entry("reason", List.of("OmniManualStatusChange")),
            Map.entry("serviceChannel", List.of("casesChannel")),
            Map.entry("configuredCapacity", List.of(4L, new BigDecimal("4.0"))),
            Map.entry("previousWorkload", List.of(0L)),
            Map.entry("newWorkload", List.of(3L)));
    private static final List<String> NOISE = List.of("ARN", "EventId", "Name", "RoutingProfile", "Version", "x");

    /** What records hold, as AWS documents them and the toolkit sends them: written here, not taken from the readers. */
    private static final KeysRead SNAPSHOT = KeysRead.of(
            "AgentStatus", KeysRead.leaves("ARN", "Name", "StartTimestamp"),
            "Configuration", KeysRead.of("FirstName", KeysRead.leaf(), "RoutingProfile", KeysRead.leaves("Name", "ARN"),
                    "Username", KeysRead.leaf()),
            "Contacts", KeysRead.leaves("Channel", "ContactId", "InitiationMethod", "State", "QueueName"),
            "NextAgentStatus", KeysRead.leaf());
    private static final KeysRead AGENT_EVENT_RECORD = KeysRead.of("AgentARN", KeysRead.leaf(),
            "CurrentAgentSnapshot", SNAPSHOT, "EventId", KeysRead.leaf(), "EventTimestamp", KeysRead.leaf(),
            "EventType", KeysRead.leaf(), "PreviousAgentSnapshot", SNAPSHOT);
    private static final KeysRead OMNI_CHANNEL_EVENT = KeysRead.leaves("time", "agent", "type", "statusApiName",
            "statusId", "reason", "serviceChannel", "workItemId", "configuredCapacity", "previousWorkload", "newWorkload");

    @Test
    void agentEventRecordsReadThePrunedRecordAsTheWholeOne() {
        samePrunedOrNot(AGENT_EVENT_RECORD, AgentEventRecords::read, AgentEventRecords.keysRead());
    }

    @Test
    void omniChannelEventsReadThePrunedEventAsTheWholeOne() {
        samePrunedOrNot(OMNI_CHANNEL_EVENT, OmniChannelEvents::read, OmniChannelEvents.keysRead());
    }

    @SuppressWarnings("unchecked")
    private static void samePrunedOrNot(KeysRead shape, Function<Map<String, ?>, Reading> reader, KeysRead keys) {
        qt().withExamples(10_000).forAll(longs().all()).checkAssert(seed -> {
            Map<String, Object> record = object(new Random(seed), shape, 0);
            Map<String, ?> pruned = (Map<String, ?>) keys.prune(record);
            assertEquals(reader.apply(record), reader.apply(pruned), () -> record + "\npruned: " + pruned);
        });
    }

    /** An object with most of the node's keys, in any order, and now and then a key nobody reads. */
    private static Map<String, Object> object(Random r, KeysRead node, int depth) {
        List<String> names = new ArrayList<>(node.keys().keySet());
        for (int i = r.nextInt(3); i > 0; i--) {
            names.add(r.nextInt(names.size() + 1), NOISE.get(r.nextInt(NOISE.size())));
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (String name : names) {
            if (r.nextInt(8) > 0) {
                KeysRead child = node.key(name);
                List<Object> good = GOOD.get(name);
                object.put(name, good != null && r.nextInt(8) > 0 ? good.get(r.nextInt(good.size()))
                        : value(r, child == null ? KeysRead.leaf() : child, depth + 1));
            }
        }
        return object;
    }

    private static Object value(Random r, KeysRead node, int depth) {
        int pick = r.nextInt(node.keys().isEmpty() || depth > 4 ? 12 : 40);
        if (pick >= 12) {
            return pick < 36 ? object(r, node, depth) : list(r, node, depth);
        }
        return switch (pick) {
            case 0, 1, 2, 3, 4, 5 -> TEXTS.get(r.nextInt(TEXTS.size()));
            case 6 -> (long) r.nextInt(7) - 1;
            case 7 -> new BigDecimal(BigInteger.valueOf(r.nextLong()), r.nextInt(5) - 2);
            case 8 -> r.nextBoolean();
            case 9 -> null;
            case 10 -> depth > 4 ? Map.of() : object(r, node, depth);
            default -> depth > 4 ? List.of() : list(r, node, depth);
        };
    }

    private static List<Object> list(Random r, KeysRead node, int depth) {
        List<Object> list = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            list.add(r.nextInt(8) > 0 && !node.keys().isEmpty() ? object(r, node, depth + 1) : value(r, KeysRead.leaf(), depth + 1));
        }
        return list;
    }
}
