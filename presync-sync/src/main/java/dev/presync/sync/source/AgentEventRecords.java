package dev.presync.sync.source;

import dev.presync.sync.ConnectStatus;
import dev.presync.sync.SourceEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one Amazon Connect Agent Event Stream record (one Kinesis record, already parsed into a
 * map). STATE_CHANGE becomes a Connect status change, derived from the snapshot as the CCP shows
 * it ({@link ConnectStatus}); HEART_BEAT is ignored; LOGIN and LOGOUT carry no snapshot in AWS's
 * samples and are ignored then, and read like a STATE_CHANGE when they do carry one.
 *
 * <p>The previous status comes from {@code PreviousAgentSnapshot} when there is one; the engine
 * prefers its own record of the agent's last status anyway.
 */
public final class AgentEventRecords {
    private static final String CURRENT = "CurrentAgentSnapshot";

    private AgentEventRecords() {
    }

    /** The event {@code record} reports, why it is ignored, or what is wrong with it. */
    public static Reading read(Map<String, ?> record) {
        String type = JsonValues.string(record, "EventType");
        if (type == null) {
            return Reading.Problem.ofRecord("missing \"EventType\": not an Agent Event Stream record");
        }
        switch (type) {
            case "HEART_BEAT":
                return new Reading.Ignored("HEART_BEAT");
            case "LOGIN":
            case "LOGOUT":
                if (JsonValues.objectAt(record, CURRENT) == null) {
                    return new Reading.Ignored(type + " without a snapshot: no status to read");
                }
                break;
            case "STATE_CHANGE":
                break;
            default:
                return Reading.Problem.at("EventType", "unknown EventType '" + type
                        + "'; expected STATE_CHANGE, LOGIN, LOGOUT or HEART_BEAT");
        }
        String timestamp = JsonValues.string(record, "EventTimestamp");
        if (timestamp == null) {
            return Reading.Problem.at("EventTimestamp", "missing \"EventTimestamp\"");
        }
        Instant time = JsonValues.time(timestamp);
        if (time == null) {
            return Reading.Problem.at("EventTimestamp", JsonValues.notATime("EventTimestamp", timestamp));
        }
        Map<String, ?> current = JsonValues.objectAt(record, CURRENT);
        if (current == null) {
            return Reading.Problem.ofRecord(type + " record without a " + CURRENT);
        }
        String agent = JsonValues.string(JsonValues.objectAt(current, "Configuration"), "Username");
        if (agent == null) {
            return new Reading.Problem(List.of(CURRENT, "Configuration", "Username"),
                    "missing CurrentAgentSnapshot.Configuration.Username: cannot tell which agent this is");
        }
        String now = status(current);
        if (now == null) {
            return new Reading.Problem(List.of(CURRENT, "AgentStatus", "Name"), "missing CurrentAgentSnapshot.AgentStatus.Name");
        }
        Map<String, ?> previous = JsonValues.objectAt(record, "PreviousAgentSnapshot");
        String before = previous == null ? null : status(previous);
        return new Reading.Event(time, new SourceEvent.ConnectStatusChanged(agent, before, now));
    }

    /** The snapshot's status as the CCP shows it, or null without {@code AgentStatus.Name}. */
    public static String status(Map<String, ?> snapshot) {
        String chosen = JsonValues.string(JsonValues.objectAt(snapshot, "AgentStatus"), "Name");
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
                    Map<String, ?> c = (Map<String, ?>) o;
                    out.add(new ConnectStatus.Contact(JsonValues.string(c, "Channel"),
                            JsonValues.string(c, "InitiationMethod"), JsonValues.string(c, "State")));
                }
            }
        }
        return out;
    }
}
