package dev.presync.cli.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.presync.compiler.EventFields;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.ValueType;
import java.util.function.Supplier;

/**
 * The fast reading of an events line that is fine: from the parser's tokens straight into the
 * {@link RuleEvent} builder, with no field records and a whole number as a {@code long}. It reads
 * only the usual shape, {@code "event"} first and then flat fields, and answers null as soon as
 * anything is unusual or wrong (a bad token, a duplicate key, an unknown or derived field, a value
 * of the wrong kind): {@link EventLineParser} then reads the line the careful way, which says what
 * is wrong at which column. So every message comes from one place, and this class never makes one.
 */
final class DirectEventLine {
    private static final JsonFactory FAST = new JsonFactory();
    /** Jackson refuses a string this long only when it is made into text; the careful way reads those. */
    static final int MAX_STRING = FAST.streamReadConstraints().getMaxStringLength();
    /** EventFields asks for a description only to word a problem, and a problem sends the line back. */
    private static final Supplier<String> UNUSED = () -> "";

    static {
        if (Operand.values().length > Long.SIZE) {
            throw new ExceptionInInitializerError("more operands than bits in a long: give DirectEventLine a BitSet");
        }
    }

    private DirectEventLine() {
    }

    /** The line's event, or null when the line is not plainly fine. */
    static ParsedLine.Event read(String line) {
        if (line.length() >= MAX_STRING) {
            return null;
        }
        try (JsonParser p = FAST.createParser(line)) {
            return read(p);
        } catch (Exception e) { // any doubt at all: the careful reading decides
            return null;
        }
    }

    /**
     * The event of a plain line ({@link AsciiLines#isPlain}) read by Jackson's byte parser, or null
     * when the line is not plainly fine: what {@link #read(String)} answers for its text, without
     * making the text.
     */
    static ParsedLine.Event read(byte[] bytes, int offset, int length) {
        if (length >= MAX_STRING) {
            return null;
        }
        try (JsonParser p = FAST.createParser(bytes, offset, length)) {
            return read(p);
        } catch (Exception e) { // any doubt at all: the careful reading decides
            return null;
        }
    }

    private static ParsedLine.Event read(JsonParser p) throws Exception {
        if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
                || !"event".equals(p.currentName()) || p.nextToken() != JsonToken.VALUE_STRING) {
            return null;
        }
        EventType type = EventType.bySpelling(p.getText());
        if (type == null) {
            return null;
        }
        RuleEvent.Builder builder = RuleEvent.builder(type);
        // A key given twice sends the line back: "event" is no operand, "agent" has its flag, and
        // each operand its bit. Fields are flat here, so no other object's keys need checking.
        long operandsSeen = 0;
        boolean agentSeen = false;
        String agent = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (name.equals("agent")) {
                if (agentSeen) {
                    return null;
                }
                agentSeen = true;
                if (t == JsonToken.VALUE_STRING) {
                    agent = p.getText();
                } else if (t != JsonToken.VALUE_NULL) {
                    return null;
                }
            } else {
                Operand operand = Operand.bySpelling(name);
                if (operand == null || (operandsSeen & 1L << operand.ordinal()) != 0 || !set(p, t, builder, type, operand)) {
                    return null;
                }
                operandsSeen |= 1L << operand.ordinal();
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
            return null;
        }
        return new ParsedLine.Event(builder.build(), agent);
    }

    /** Sets one operand as {@link EventLineParser} would; false when it would complain. */
    private static boolean set(JsonParser p, JsonToken t, RuleEvent.Builder builder, EventType type, Operand operand)
            throws Exception {
        if (EventFields.derivedComplaint(type, operand) != null) {
            return false;
        }
        if (t == JsonToken.VALUE_NUMBER_INT && operand.type() == ValueType.NUMBER && type.carries(operand)
                && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            long n = p.getLongValue();
            if (n < 0) {
                return false;
            }
            builder.number(operand, n); // what EventFields.set does with a whole number in range
            return true;
        }
        Object value;
        if (t == JsonToken.VALUE_STRING) {
            value = p.getText();
        } else if (t == JsonToken.VALUE_NULL) {
            value = null;
        } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            value = p.getDecimalValue(); // a fraction, or a whole number beyond a long: as EventLineParser does
        } else {
            return false; // objects, arrays and booleans are never a field's value
        }
        return EventFields.set(builder, type, operand, value, UNUSED) == null;
    }
}
