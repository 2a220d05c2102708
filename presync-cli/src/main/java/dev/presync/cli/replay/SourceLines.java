package dev.presync.cli.replay;

import dev.presync.cli.events.JsonObjectLine;
import dev.presync.sync.replay.ReplayItem;
import dev.presync.sync.source.AgentEventRecords;
import dev.presync.sync.source.KeysRead;
import dev.presync.sync.source.OmniChannelEvents;
import dev.presync.sync.source.Reading;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns one line of a replay input into a {@link ReplayItem}: the JSON text into a map of the keys
 * the reader reads ({@link KeysRead}; a problem's key is always one of them), the map
 * into a reading by the presync-sync readers, and a problem's key path into the column of its
 * top-level key on the line (column 1 when the record as a whole is at fault).
 */
final class SourceLines {
    private SourceLines() {
    }

    /** One Agent Event Stream record (the Kinesis JSON). */
    static ReplayItem connect(String file, int lineNumber, String line) {
        return read(file, lineNumber, line, AgentEventRecords.keysRead(), AgentEventRecords::read);
    }

    /** One Omni-Channel event. */
    static ReplayItem omni(String file, int lineNumber, String line) {
        return read(file, lineNumber, line, OmniChannelEvents.keysRead(), OmniChannelEvents::read);
    }

    private static ReplayItem read(String file, int lineNumber, String line, KeysRead keys,
                                   Function<Map<String, Object>, Reading> reader) {
        String origin = file + ":" + lineNumber;
        List<JsonObjectLine.Field> fields;
        try {
            fields = JsonObjectLine.read(line, "expected a JSON object", keys);
        } catch (JsonObjectLine.NotAnObject e) {
            return new ReplayItem.Bad(file, lineNumber, e.column, e.getMessage(), line);
        }
        Reading reading = reader.apply(JsonObjectLine.values(fields));
        if (reading instanceof Reading.Event e) {
            return new ReplayItem.Timed(e.time(), origin, e.event());
        }
        if (reading instanceof Reading.Ignored i) {
            return new ReplayItem.Ignored(origin, i.reason());
        }
        Reading.Problem p = (Reading.Problem) reading;
        int column = 1;
        for (JsonObjectLine.Field f : fields) {
            if (!p.keyPath().isEmpty() && f.name().equals(p.keyPath().get(0))) {
                column = f.column();
            }
        }
        return new ReplayItem.Bad(file, lineNumber, column, p.message(), line);
    }
}
