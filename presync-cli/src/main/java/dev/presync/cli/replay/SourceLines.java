package dev.presync.cli.replay;

import dev.presync.sync.replay.ReplayItem;
import dev.presync.sync.source.AgentEventRecords;
import dev.presync.sync.source.OmniChannelEvents;
import dev.presync.sync.source.Reading;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns one line of a replay input into a {@link ReplayItem}: the JSON text into a map, the map
 * into a reading by the presync-sync readers, and a problem's key path into the column of its
 * top-level key on the line (column 1 when the record as a whole is at fault).
 */
final class SourceLines {
    private SourceLines() {
    }

    /** One Agent Event Stream record (the Kinesis JSON). */
    static ReplayItem connect(String file, int lineNumber, String line) {
        return read(file, lineNumber, line, AgentEventRecords::read);
    }

    /** One Omni-Channel event. */
    static ReplayItem omni(String file, int lineNumber, String line) {
        return read(file, lineNumber, line, OmniChannelEvents::read);
    }

    private static ReplayItem read(String file, int lineNumber, String line, Function<Map<String, Object>, Reading> reader) {
        String origin = file + ":" + lineNumber;
        Map<String, Integer> columns = new HashMap<>();
        Reading reading;
        try {
            reading = reader.apply(JsonTree.object(line, columns));
        } catch (BadLine e) {
            return new ReplayItem.Bad(file, lineNumber, e.column, e.getMessage(), line);
        }
        if (reading instanceof Reading.Event e) {
            return new ReplayItem.Timed(e.time(), origin, e.event());
        }
        if (reading instanceof Reading.Ignored i) {
            return new ReplayItem.Ignored(origin, i.reason());
        }
        Reading.Problem p = (Reading.Problem) reading;
        int column = p.keyPath().isEmpty() ? 1 : columns.getOrDefault(p.keyPath().get(0), 1);
        return new ReplayItem.Bad(file, lineNumber, column, p.message(), line);
    }
}
