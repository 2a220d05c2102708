package dev.presync.sync.source;

import dev.presync.sync.ConnectStatus;
import java.util.List;

/**
 * The values of one Agent Event Stream record that {@link AgentEventRecords} reads, for a caller
 * that decodes the JSON straight from a parser's tokens instead of building a map of it (building
 * the maps was a fifth of replaying a day). Each value is what the record holds at that key, null
 * when the key is missing or JSON null (the reader treats both alike). A record holding a value of
 * another kind there (a number for a name, an object for a list) cannot be put here: read it as a
 * map, which says what is wrong with it.
 *
 * @param eventType      {@code EventType}
 * @param eventTimestamp {@code EventTimestamp}
 * @param current        {@code CurrentAgentSnapshot}
 * @param previous       {@code PreviousAgentSnapshot}
 */
public record AgentEventFields(String eventType, String eventTimestamp, Snapshot current, Snapshot previous) {
    /**
     * The parts of a snapshot the reader reads.
     *
     * @param statusName {@code AgentStatus.Name}, null also when {@code AgentStatus} is missing or null
     * @param username   {@code Configuration.Username}, null also when {@code Configuration} is missing or null
     * @param contacts   {@code Contacts}, each contact's missing or null field null; empty when missing or null;
     *                   kept as given, not copied (a reader of a record builds it for this one call)
     */
    public record Snapshot(String statusName, String username, List<ConnectStatus.Contact> contacts) {
        public Snapshot {
            contacts = contacts == null ? List.of() : contacts;
        }
    }
}
