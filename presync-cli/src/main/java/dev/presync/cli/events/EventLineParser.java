package dev.presync.cli.events;

import dev.presync.compiler.EventFields;
import dev.presync.compiler.diag.Suggestions;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import java.util.Arrays;
import java.util.List;

/**
 * Turns one events line into a {@link RuleEvent}. The line names its event and gives operand
 * values under their own names; a derived value (a Pct operand, logout's 'Offline') is refused
 * as a rule test refuses it, saying what it is derived from. Anything else wrong with the line is a {@link ParsedLine.Bad} pointing at the field.
 */
public final class EventLineParser {
    private static final List<String> EVENT_NAMES = Arrays.stream(EventType.values()).map(EventType::spelling).toList();

    private EventLineParser() {
    }

    public static ParsedLine parse(String line) {
        ParsedLine fine = DirectEventLine.read(line);
        return fine != null ? fine : carefully(line);
    }

    /**
     * The same for a plain line ({@link AsciiLines#isPlain}) in place: a fine line is read from its
     * bytes, the usual shape by {@link EventLineScanner} and the rest by Jackson's byte parser, and
     * only a line with something wrong or unusual becomes text, read as above.
     */
    public static ParsedLine parse(byte[] bytes, int offset, int length) {
        ParsedLine fine = EventLineScanner.read(bytes, offset, length);
        if (fine == null) {
            fine = DirectEventLine.read(bytes, offset, length);
        }
        return fine != null ? fine : carefully(AsciiLines.text(bytes, offset, length));
    }

    /**
     * Reads the line into field records first, then checks them in the order messages are given
     * (the agent, the event, each field in turn). The line that {@link DirectEventLine} reads at
     * once reads the same here, only slower; every other line is read only here.
     */
    static ParsedLine carefully(String line) {
        List<JsonObjectLine.Field> fields;
        try {
            fields = JsonObjectLine.read(line, "expected a JSON object such as {\"event\":\"ConnectAgentStateChange\", ...}");
        } catch (JsonObjectLine.NotAnObject e) {
            return new ParsedLine.Bad(e.column, e.getMessage(), null);
        }
        JsonObjectLine.Field eventField = null;
        JsonObjectLine.Field agentField = null;
        for (JsonObjectLine.Field f : fields) {
            if (f.name().equals("event")) {
                eventField = f;
            } else if (f.name().equals("agent")) {
                agentField = f;
            }
        }
        String agent = agentField != null && agentField.kind() == JsonObjectLine.Kind.STRING ? agentField.text() : null;
        if (agentField != null && agent == null && agentField.kind() != JsonObjectLine.Kind.NULL) {
            return new ParsedLine.Bad(agentField.column(), "\"agent\" must be a string", null);
        }
        if (eventField == null) {
            return new ParsedLine.Bad(1, "missing \"event\": name the event, e.g. \"event\":\"ConnectAgentStateChange\"", agent);
        }
        if (eventField.kind() != JsonObjectLine.Kind.STRING) {
            return new ParsedLine.Bad(eventField.column(), "\"event\" must be a string naming the event", agent);
        }
        EventType type = EventType.bySpelling(eventField.text());
        if (type == null) {
            return new ParsedLine.Bad(eventField.column(), "unknown event '" + eventField.text() + "'"
                    + Suggestions.didYouMean(eventField.text(), EVENT_NAMES), agent);
        }
        RuleEvent.Builder builder = RuleEvent.builder(type);
        for (JsonObjectLine.Field f : fields) {
            if (f == eventField || f == agentField) {
                continue;
            }
            String problem = set(builder, type, f);
            if (problem != null) {
                return new ParsedLine.Bad(f.column(), problem, agent);
            }
        }
        return new ParsedLine.Event(builder.build(), agent);
    }

    /** Sets one operand; returns what is wrong with it, or null. */
    private static String set(RuleEvent.Builder builder, EventType type, JsonObjectLine.Field f) {
        Operand operand = Operand.bySpelling(f.name());
        if (operand == null) {
            return EventFields.unknown(f.name(), List.of("event", "agent"));
        }
        String derived = EventFields.derivedComplaint(type, operand);
        if (derived != null) {
            return derived; // refused as a rule test's given refuses it: presync derives it
        }
        Object value = switch (f.kind()) {
            case STRING -> f.text();
            case NUMBER -> f.value();
            case NULL -> null;
            default -> Boolean.FALSE; // any other JSON value is of the wrong type
        };
        return EventFields.set(builder, type, operand, value, () -> describe(f));
    }

    private static String describe(JsonObjectLine.Field f) {
        return switch (f.kind()) {
            case STRING -> "the string \"" + f.text() + "\"";
            case NUMBER -> "the number " + f.text();
            case BOOLEAN -> f.text();
            case NULL -> "null";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
        };
    }
}
