package dev.presync.cli.events;

import dev.presync.compiler.EventFields;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.ValueType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The first reading of a plain events line ({@link AsciiLines#isPlain}): one pass over its bytes
 * for the shape nearly every line has, {@code {"event":"...", "key":value, ...}} with strings
 * free of escapes, whole numbers of up to 18 digits and {@code null} as the only values. Such a
 * line needs no general JSON parser: keys are matched against the spellings as bytes, so only
 * the agent and the text values become strings. A line of any other shape (an escape, a fraction,
 * a nested value, a key given twice, a field the event does not carry) is answered null and read by
 * {@link DirectEventLine}, whose Jackson parser is the reference for what JSON is; this class
 * accepts a subset of what that reading accepts, reads it the same, and never words a message.
 *
 * <p>Why it pays: {@code presync run} reads a line per event, and a Jackson parser per line (made,
 * bootstrapped, its buffers taken and given back) costs more than everything else the command
 * does with the event.
 */
final class EventLineScanner {
    private static final EventType[] TYPES = EventType.values();
    private static final byte[][] TYPE_SPELLINGS = spellings(TYPES, EventType::spelling);
    private static final Operand[] OPERANDS = Operand.values();
    private static final byte[][] OPERAND_SPELLINGS = spellings(OPERANDS, Operand::spelling);
    private static final byte[] EVENT = ascii("event");
    private static final byte[] AGENT = ascii("agent");
    private static final byte[] NULL = ascii("null");
    /** Whole numbers longer than this are left to Jackson, which knows when one overflows a long. */
    private static final int MAX_DIGITS = 18;
    /**
     * By event type, a bit per operand a line may set: carried and not derived, exactly the fields
     * {@link EventFields#set} takes without complaint (given a value of the operand's kind).
     */
    private static final long[] SETTABLE = new long[TYPES.length];

    static {
        if (OPERANDS.length > Long.SIZE) {
            throw new ExceptionInInitializerError("more operands than bits in a long");
        }
        for (EventType t : TYPES) {
            for (Operand o : t.carries()) {
                if (EventFields.derivedComplaint(t, o) == null) {
                    SETTABLE[t.ordinal()] |= 1L << o.ordinal();
                }
            }
        }
    }

    private final byte[] b;
    private final int end;
    /** The next byte to read. */
    private int at;
    /** Where the last {@link #string()} began and ended, quotes excluded. */
    private int from;
    private int to;

    private EventLineScanner(byte[] bytes, int offset, int length) {
        this.b = bytes;
        this.at = offset;
        this.end = offset + length;
    }

    /** The event of the plain line at {@code offset}, or null when the line is not of the usual shape. */
    static ParsedLine.Event read(byte[] bytes, int offset, int length) {
        if (length >= DirectEventLine.MAX_STRING) {
            return null; // Jackson refuses a string this long, so the careful reading must say so
        }
        return new EventLineScanner(bytes, offset, length).event();
    }

    private ParsedLine.Event event() {
        if (!punctuation('{') || !string() || !is(EVENT) || !punctuation(':') || !string()) {
            return null;
        }
        EventType type = match(TYPES, TYPE_SPELLINGS);
        if (type == null) {
            return null;
        }
        long settable = SETTABLE[type.ordinal()];
        RuleEvent.Builder builder = RuleEvent.builder(type);
        long seen = 0;
        boolean agentSeen = false;
        String agent = null;
        while (punctuation(',')) {
            if (!string()) {
                return null;
            }
            if (is(AGENT)) {
                if (agentSeen || !punctuation(':')) {
                    return null;
                }
                agentSeen = true;
                if (string()) {
                    agent = text();
                } else if (!word(NULL)) {
                    return null;
                }
                continue;
            }
            Operand operand = match(OPERANDS, OPERAND_SPELLINGS);
            if (operand == null || !punctuation(':')) {
                return null;
            }
            long bit = 1L << operand.ordinal();
            if ((settable & bit) == 0 || (seen & bit) != 0 || !value(builder, operand)) {
                return null;
            }
            seen |= bit;
        }
        if (!punctuation('}')) {
            return null;
        }
        skipSpace();
        return at == end ? new ParsedLine.Event(builder.build(), agent) : null;
    }

    /** Reads the operand's value into the builder: text for a text operand, a whole number for a number one, or null. */
    private boolean value(RuleEvent.Builder builder, Operand operand) {
        skipSpace();
        if (word(NULL)) {
            return true; // explicitly missing
        }
        if (operand.type() == ValueType.TEXT) {
            if (!string()) {
                return false;
            }
            builder.text(operand, text());
            return true;
        }
        long n = 0;
        int start = at;
        while (at < end && b[at] >= '0' && b[at] <= '9') {
            n = n * 10 + (b[at++] - '0');
        }
        int digits = at - start;
        if (digits == 0 || digits > MAX_DIGITS || digits > 1 && b[start] == '0') {
            return false; // no digits (a sign, a string), too many to add up safely, or a leading zero JSON forbids
        }
        builder.number(operand, n); // a fraction or exponent stops the caller, who wants ',' or '}' next
        return true;
    }

    /** Skips space, then reads the byte {@code c}; false when another byte or the end comes first. */
    private boolean punctuation(char c) {
        skipSpace();
        if (at < end && b[at] == c) {
            at++;
            return true;
        }
        return false;
    }

    /**
     * Skips space, then reads a string without escapes or control characters, marking its bytes;
     * false (having read nothing that matters) at anything else.
     */
    private boolean string() {
        skipSpace();
        if (at >= end || b[at] != '"') {
            return false;
        }
        int i = at + 1;
        while (i < end) {
            byte c = b[i];
            if (c == '"') {
                from = at + 1;
                to = i;
                at = i + 1;
                return true;
            }
            if (c == '\\' || c < 0x20) {
                return false; // an escape, or a control character JSON forbids unescaped
            }
            i++;
        }
        return false;
    }

    /** Reads {@code word} when its bytes are next; what may follow a value is the caller's to check. */
    private boolean word(byte[] word) {
        int stop = at + word.length;
        if (stop <= end && Arrays.equals(b, at, stop, word, 0, word.length)) {
            at = stop;
            return true;
        }
        return false;
    }

    /** JSON's space inside a line: the line end is not in it, so space, tab and carriage return. */
    private void skipSpace() {
        while (at < end && (b[at] == ' ' || b[at] == '\t' || b[at] == '\r')) {
            at++;
        }
    }

    /** Whether the last string is {@code spelling}. */
    private boolean is(byte[] spelling) {
        return Arrays.equals(b, from, to, spelling, 0, spelling.length);
    }

    /** The constant whose spelling the last string is, or null. */
    private <T> T match(T[] constants, byte[][] spellings) {
        int length = to - from;
        for (int i = 0; i < spellings.length; i++) {
            if (spellings[i].length == length && is(spellings[i])) {
                return constants[i];
            }
        }
        return null;
    }

    /** The last string as text: plain ASCII, so each byte is its character. */
    private String text() {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static <T> byte[][] spellings(T[] constants, Function<T, String> spelling) {
        return Arrays.stream(constants).map(c -> ascii(spelling.apply(c))).toArray(byte[][]::new);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
