package dev.presync.cli.replay;

import dev.presync.runtime.sync.ConnectStatus;
import dev.presync.runtime.sync.SourceEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one Amazon Connect Agent Event Stream record (the Kinesis JSON, one record per line).
 * STATE_CHANGE becomes a Connect status observation, derived from the snapshot as the CCP shows it
 * ({@link ConnectStatus}); HEART_BEAT is ignored; LOGIN and LOGOUT carry no snapshot in AWS's
 * samples and are ignored then, and read like a STATE_CHANGE when they do carry one.
 */
final class ConnectRecords {
    private ConnectRecords() {
    }

    static ReplayItem read(String file, int lineNumber, String line) {
        String origin = file + ":" + lineNumber;
        try {
            Map<String, Integer> columns = new HashMap<>();
            Map<String, Object> record = JsonTree.object(line, columns);
            String type = JsonTree.string(record, "EventType");
            if (type == null) {
                throw new BadLine(1, "missing \"EventType\": not an Agent Event Stream record");
            }
            switch (type) {
                case "HEART_BEAT":
                    return new ReplayItem.Ignored(origin, "HEART_BEAT");
                case "LOGIN":
                case "LOGOUT":
                    if (JsonTree.objectAt(record, "CurrentAgentSnapshot") == null) {
                        return new ReplayItem.Ignored(origin, type + " without a snapshot: no status to read");
                    }
                    break;
                case "STATE_CHANGE":
                    break;
                default:
                    throw new BadLine(columns.getOrDefault("EventType", 1), "unknown EventType '" + type
                            + "'; expected STATE_CHANGE, LOGIN, LOGOUT or HEART_BEAT");
            }
            Instant time;
            try {
                time = time(JsonTree.string(record, "EventTimestamp"), "EventTimestamp");
            } catch (BadLine e) {
                throw new BadLine(columns.getOrDefault("EventTimestamp", 1), e.getMessage());
            }
            Map<String, Object> current = JsonTree.objectAt(record, "CurrentAgentSnapshot");
            if (current == null) {
                throw new BadLine(1, type + " record without a CurrentAgentSnapshot");
            }
            String agent = JsonTree.string(JsonTree.objectAt(current, "Configuration"), "Username");
            if (agent == null) {
                throw new BadLine(columns.getOrDefault("CurrentAgentSnapshot", 1), "missing CurrentAgentSnapshot.Configuration.Username: cannot tell which agent this is");
            }
            String now = status(current);
            if (now == null) {
                throw new BadLine(columns.getOrDefault("CurrentAgentSnapshot", 1), "missing CurrentAgentSnapshot.AgentStatus.Name");
            }
            Map<String, Object> previous = JsonTree.objectAt(record, "PreviousAgentSnapshot");
            String before = previous == null ? null : status(previous);
            return new ReplayItem.Timed(time, origin, new SourceEvent.ConnectStatusChanged(agent, before, now));
        } catch (BadLine e) {
            return new ReplayItem.Bad(file, lineNumber, e.column, e.getMessage(), line);
        }
    }

    /** The snapshot's status as the CCP shows it, or null without AgentStatus.Name. */
    static String status(Map<String, Object> snapshot) {
        String chosen = JsonTree.string(JsonTree.objectAt(snapshot, "AgentStatus"), "Name");
        if (chosen == null) {
            return null;
        }
        return ConnectStatus.derive(chosen, contacts(snapshot.get("Contacts")));
    }

    @SuppressWarnings("unchecked")
    private static List<ConnectStatus.Contact> contacts(Object value) {
        List<ConnectStatus.Contact> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map) {
                    Map<String, Object> c = (Map<String, Object>) o;
                    out.add(new ConnectStatus.Contact(JsonTree.string(c, "Channel"),
                            JsonTree.string(c, "InitiationMethod"), JsonTree.string(c, "State")));
                }
            }
        }
        return out;
    }

    /** An ISO-8601 time with an offset, e.g. {@code 2019-08-13T20:58:44.031Z}. */
    static Instant time(String text, String field) throws BadLine {
        if (text == null) {
            throw new BadLine(1, "missing \"" + field + "\"");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadLine(1, "\"" + field + "\" is not an ISO-8601 time such as 2026-11-24T09:00:00Z: " + text);
        }
    }
}
