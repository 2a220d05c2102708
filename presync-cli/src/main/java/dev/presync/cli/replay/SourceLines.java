package dev.presync.cli.replay;

import dev.presync.cli.events.AsciiLines;
import dev.presync.cli.events.DirectAgentRecord;
import dev.presync.cli.events.DirectOmniEvent;
import dev.presync.cli.events.JsonObjectLine;
import dev.presync.sync.replay.ReplayItem;
import dev.presync.sync.source.AgentEventFields;
import dev.presync.sync.source.AgentEventRecords;
import dev.presync.sync.source.KeysRead;
import dev.presync.sync.source.OmniChannelEvents;
import dev.presync.sync.source.OmniChannelFields;
import dev.presync.sync.source.Reading;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns one line of a replay input into a {@link ReplayItem}: the JSON text into a map of the keys
 * the reader reads ({@link KeysRead}; a problem's key is always one of them), the map
 * into a reading by the presync-sync readers, and a problem's key path into the column of its
 * top-level key on the line (column 1 when the record as a whole is at fault). A plain line is
 * read from its bytes where it lies, and becomes text only when something is said about it.
 *
 * <p>A record or event that is fine (the usual case) is read straight from the parser's tokens
 * ({@link DirectAgentRecord}, {@link DirectOmniEvent}) into the reader's typed entry point, with no
 * map; any other, or one the reader finds a problem with, is read the careful way above, which
 * alone words messages.
 */
final class SourceLines implements InputFile.LineReader {
    private static final String EXPECTED = "expected a JSON object";
    /** Agent Event Stream records (the Kinesis JSON). */
    static final SourceLines CONNECT = new SourceLines(AgentEventRecords.keysRead(), AgentEventRecords::read,
            SourceLines::directConnect);
    /** Agent Event Stream records, every one read the careful way: the oracle of the direct reading. */
    static final SourceLines CONNECT_CAREFULLY = new SourceLines(AgentEventRecords.keysRead(), AgentEventRecords::read, null);
    /** Omni-Channel events. */
    static final SourceLines OMNI = new SourceLines(OmniChannelEvents.keysRead(), OmniChannelEvents::read,
            SourceLines::directOmni);
    /** Omni-Channel events, every one read the careful way: the oracle of the direct reading. */
    static final SourceLines OMNI_CAREFULLY = new SourceLines(OmniChannelEvents.keysRead(), OmniChannelEvents::read, null);

    /** A reading straight from a plain line's bytes: null, or a problem, for the careful way to read it. */
    interface Direct {
        Reading read(byte[] bytes, int offset, int length);
    }

    private final KeysRead keys;
    private final Function<Map<String, Object>, Reading> reader;
    private final Direct direct;

    private SourceLines(KeysRead keys, Function<Map<String, Object>, Reading> reader, Direct direct) {
        this.keys = keys;
        this.reader = reader;
        this.direct = direct;
    }

    private static Reading directConnect(byte[] bytes, int offset, int length) {
        AgentEventFields fields = DirectAgentRecord.read(bytes, offset, length);
        return fields == null ? null : AgentEventRecords.read(fields);
    }

    private static Reading directOmni(byte[] bytes, int offset, int length) {
        OmniChannelFields fields = DirectOmniEvent.read(bytes, offset, length);
        return fields == null ? null : OmniChannelEvents.read(fields);
    }

    /** One Agent Event Stream record. */
    static ReplayItem connect(String file, int lineNumber, String line) {
        return CONNECT.read(file, lineNumber, line);
    }

    /** One Omni-Channel event. */
    static ReplayItem omni(String file, int lineNumber, String line) {
        return OMNI.read(file, lineNumber, line);
    }

    @Override
    public ReplayItem read(String file, int lineNumber, String line) {
        List<JsonObjectLine.Field> fields;
        try {
            fields = JsonObjectLine.read(line, EXPECTED, keys);
        } catch (JsonObjectLine.NotAnObject e) {
            return new ReplayItem.Bad(file, lineNumber, e.column, e.getMessage(), line);
        }
        Reading reading = reader.apply(JsonObjectLine.values(fields));
        return reading instanceof Reading.Problem p ? problem(file, lineNumber, fields, p, line) : item(file, lineNumber, reading);
    }

    @Override
    public ReplayItem read(String file, int lineNumber, byte[] bytes, int offset, int length) {
        if (direct != null) {
            Reading fine = direct.read(bytes, offset, length);
            if (fine != null && !(fine instanceof Reading.Problem)) {
                return item(file, lineNumber, fine);
            }
        }
        List<JsonObjectLine.Field> fields;
        try {
            fields = JsonObjectLine.read(bytes, offset, length, EXPECTED, keys);
        } catch (JsonObjectLine.NotAnObject e) {
            return new ReplayItem.Bad(file, lineNumber, e.column, e.getMessage(), AsciiLines.text(bytes, offset, length));
        }
        Reading reading = reader.apply(JsonObjectLine.values(fields));
        return reading instanceof Reading.Problem p
                ? problem(file, lineNumber, fields, p, AsciiLines.text(bytes, offset, length))
                : item(file, lineNumber, reading);
    }

    private static ReplayItem item(String file, int lineNumber, Reading reading) {
        String origin = file + ":" + lineNumber;
        if (reading instanceof Reading.Event e) {
            return new ReplayItem.Timed(e.time(), origin, e.event());
        }
        return new ReplayItem.Ignored(origin, ((Reading.Ignored) reading).reason());
    }

    private static ReplayItem problem(String file, int lineNumber, List<JsonObjectLine.Field> fields, Reading.Problem p,
                                      String line) {
        int column = 1;
        for (JsonObjectLine.Field f : fields) {
            if (!p.keyPath().isEmpty() && f.name().equals(p.keyPath().get(0))) {
                column = f.column();
            }
        }
        return new ReplayItem.Bad(file, lineNumber, column, p.message(), line);
    }
}
