package dev.presync.flink.job;

import dev.presync.cli.events.JsonObjectLine;
import dev.presync.flink.source.InputLine;
import dev.presync.sync.replay.ReplayItem;
import dev.presync.sync.source.AgentEventRecords;
import dev.presync.sync.source.OmniChannelEvents;
import dev.presync.sync.source.Reading;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One input line read the way {@code presync replay} reads it: invalid UTF-8 and JSON syntax are
 * bad lines at their column; otherwise the presync-sync reader of the line's input decides, and a
 * problem it finds is placed at the column of its top-level key.
 */
final class LineReading {
    private LineReading() {
    }

    static ReplayItem read(InputLine line) {
        int number = (int) Math.min(Integer.MAX_VALUE, line.line);
        if (line.badByte >= 0) {
            int column = line.text.codePointCount(0, line.text.length()) + 1;
            return new ReplayItem.Bad(line.source, number, column, String.format("invalid UTF-8: byte 0x%02X", line.badByte),
                    line.text);
        }
        Map<String, Integer> columns = new HashMap<>();
        Reading reading;
        try {
            boolean connect = line.input == InputLine.CONNECT;
            List<JsonObjectLine.Field> fields = JsonObjectLine.read(line.text, "expected a JSON object",
                    connect ? AgentEventRecords.keysRead() : OmniChannelEvents.keysRead());
            fields.forEach(f -> columns.put(f.name(), f.column()));
            Map<String, Object> object = JsonObjectLine.values(fields);
            reading = connect ? AgentEventRecords.read(object) : OmniChannelEvents.read(object);
        } catch (JsonObjectLine.NotAnObject e) {
            return new ReplayItem.Bad(line.source, number, e.column, e.getMessage(), line.text);
        }
        if (reading instanceof Reading.Event e) {
            return new ReplayItem.Timed(e.time(), line.origin(), e.event());
        }
        if (reading instanceof Reading.Ignored i) {
            return new ReplayItem.Ignored(line.origin(), i.reason());
        }
        Reading.Problem p = (Reading.Problem) reading;
        int column = p.keyPath().isEmpty() ? 1 : columns.getOrDefault(p.keyPath().get(0), 1);
        return new ReplayItem.Bad(line.source, number, column, p.message(), line.text);
    }
}
