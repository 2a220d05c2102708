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
    private static final String PREVIOUS = "PreviousAgentSnapshot";
    private static final KeysRead SNAPSHOT = KeysRead.of(
            "AgentStatus", KeysRead.leaves("Name"),
            "Configuration", KeysRead.leaves("Username"),
            "Contacts", KeysRead.leaves("Channel", "InitiationMethod", "State"));
    private static final KeysRead KEYS = KeysRead.of(
            "EventType", KeysRead.leaf(),
            "EventTimestamp", KeysRead.leaf(),
            CURRENT, SNAPSHOT,
            PREVIOUS, SNAPSHOT);

    private AgentEventRecords() {
    }

    /**
     * The keys {@link #read} looks at: a caller that parses the JSON itself may build only these
     * (the snapshot's status, username and contacts, out of a kilobyte of routing profile and ARNs).
     */
    public static KeysRead keysRead() {
        return KEYS;
    }

    /** The event {@code record} reports, why it is ignored, or what is wrong with it. */
    public static Reading read(Map<String, ?> record) {
        Object eventType = record.get("EventType");
        if (eventType == null) {
            return Reading.Problem.ofRecord("missing \"EventType\": not an Agent Event Stream record");
        }
        try {
            return read(record, JsonValues.requiredText(record, "EventType"));
        } catch (RecordProblem p) {
            return p.reading();
        }
    }

    /**
     * What the record's {@code EventType} alone decides, for the map and the typed reading alike:
     * a heartbeat or a snapshot-less login/logout is ignored, an unknown type is a problem; null
     * when the record must be read on.
     */
    private static Reading settledByType(String type, boolean hasSnapshot) {
        switch (type) {
            case "HEART_BEAT":
                return new Reading.Ignored("HEART_BEAT");
            case "LOGIN":
            case "LOGOUT":
                return hasSnapshot ? null : new Reading.Ignored(type + " without a snapshot: no status to read");
            case "STATE_CHANGE":
                return null;
            default:
                return Reading.Problem.at("EventType", "unknown EventType '" + type
                        + "'; expected STATE_CHANGE, LOGIN, LOGOUT or HEART_BEAT");
        }
    }

    private static Reading read(Map<String, ?> record, String type) throws RecordProblem {
        Reading settled = settledByType(type, record.get(CURRENT) != null);
        if (settled != null) {
            return settled;
        }
        String timestamp = JsonValues.requiredText(record, "EventTimestamp");
        Instant time = JsonValues.time(timestamp);
        if (time == null) {
            return Reading.Problem.at("EventTimestamp", JsonValues.notATime("EventTimestamp", timestamp));
        }
        if (record.get(CURRENT) == null) {
            return Reading.Problem.ofRecord(type + " record without a " + CURRENT);
        }
        String agent = JsonValues.requiredText(record, CURRENT, "Configuration", "Username");
        String now = checkedStatus(record, CURRENT);
        String before = record.get(PREVIOUS) == null ? null : checkedStatus(record, PREVIOUS);
        return new Reading.Event(time, new SourceEvent.ConnectStatusChanged(agent, before, now));
    }

    /**
     * The same reading as {@link #read(Map)} gives for a record holding these values: the same
     * event or reason for ignoring it, and for a problem the same message about the same top-level
     * key (a missing nested key is named by its whole path, where the map reading stops the path
     * at the first key missing on the way).
     */
    public static Reading read(AgentEventFields record) {
        String type = record.eventType();
        if (type == null) {
            return Reading.Problem.ofRecord("missing \"EventType\": not an Agent Event Stream record");
        }
        try {
            return read(record, required(type, "EventType"));
        } catch (RecordProblem p) {
            return p.reading();
        }
    }

    private static Reading read(AgentEventFields record, String type) throws RecordProblem {
        Reading settled = settledByType(type, record.current() != null);
        if (settled != null) {
            return settled;
        }
        String timestamp = required(record.eventTimestamp(), "EventTimestamp");
        Instant time = JsonValues.time(timestamp);
        if (time == null) {
            return Reading.Problem.at("EventTimestamp", JsonValues.notATime("EventTimestamp", timestamp));
        }
        if (record.current() == null) {
            return Reading.Problem.ofRecord(type + " record without a " + CURRENT);
        }
        String agent = required(record.current().username(), CURRENT, "Configuration", "Username");
        String now = status(record.current(), CURRENT);
        String before = record.previous() == null ? null : status(record.previous(), PREVIOUS);
        return new Reading.Event(time, new SourceEvent.ConnectStatusChanged(agent, before, now));
    }

    private static String status(AgentEventFields.Snapshot snapshot, String key) throws RecordProblem {
        return ConnectStatus.derive(required(snapshot.statusName(), key, "AgentStatus", "Name"), snapshot.contacts());
    }

    /** {@code text}, found at {@code path}: a problem when it is missing or empty, worded as {@link JsonValues#requiredText}. */
    private static String required(String text, String... path) throws RecordProblem {
        if (text == null || text.isEmpty()) {
            List<String> keys = List.of(path);
            throw new RecordProblem(keys, text == null ? "missing " + JsonValues.name(keys) : JsonValues.name(keys) + " is empty");
        }
        return text;
    }

    /** The status of the snapshot under {@code key}, every part of it checked. */
    private static String checkedStatus(Map<String, ?> record, String key) throws RecordProblem {
        String chosen = JsonValues.requiredText(record, key, "AgentStatus", "Name");
        return ConnectStatus.derive(chosen, contacts(record, key));
    }

    /**
     * The snapshot's status as the CCP shows it, or null without {@code AgentStatus.Name}; for an
     * embedder holding one snapshot. {@link #read} checks every part of it instead.
     */
    public static String status(Map<String, ?> snapshot) {
        String chosen = JsonValues.string(JsonValues.objectAt(snapshot, "AgentStatus"), "Name");
        if (chosen == null) {
            return null;
        }
        try {
            return ConnectStatus.derive(chosen, contacts(Map.of(CURRENT, snapshot), CURRENT));
        } catch (RecordProblem p) {
            return ConnectStatus.derive(chosen, List.of());
        }
    }

    /** The snapshot's contacts: none when {@code Contacts} is missing or null, a problem when it is not a list of objects. */
    @SuppressWarnings("unchecked")
    private static List<ConnectStatus.Contact> contacts(Map<String, ?> record, String key) throws RecordProblem {
        Object value = ((Map<String, ?>) record.get(key)).get("Contacts");
        List<ConnectStatus.Contact> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        List<String> path = List.of(key, "Contacts");
        if (!(value instanceof List<?> list)) {
            throw new RecordProblem(path, JsonValues.name(path) + " must be an array of contacts, not " + JsonValues.describe(value));
        }
        for (Object o : list) {
            if (!(o instanceof Map)) {
                throw new RecordProblem(path, "each of " + JsonValues.name(path) + " must be a contact object, not "
                        + JsonValues.describe(o));
            }
            Map<String, ?> c = (Map<String, ?>) o;
            out.add(new ConnectStatus.Contact(JsonValues.string(c, "Channel"),
                    JsonValues.string(c, "InitiationMethod"), JsonValues.string(c, "State")));
        }
        return out;
    }
}
