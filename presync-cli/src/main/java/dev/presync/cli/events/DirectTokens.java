package dev.presync.cli.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * A parser over one plain line, as the direct readers of replay records ({@link DirectAgentRecord},
 * {@link DirectOmniEvent}) walk it: every key checked for a repeat ({@link SeenNames}), values
 * passed over as {@link JsonObjectLine} passes over them, and {@link SeenNames.GiveUp} thrown at
 * anything the careful reading must look at. It never words a message.
 */
final class DirectTokens implements AutoCloseable {
    private static final JsonFactory FAST = new JsonFactory();
    /** Jackson refuses a string this long only when it is made into text; the careful way reads those. */
    private static final int MAX_STRING = FAST.streamReadConstraints().getMaxStringLength();
    /**
     * One per thread, reused line after line: made anew for each line, its arrays were a tenth of
     * what replay allocates. A line is read to its end before the next, so one thread never needs two.
     */
    private static final ThreadLocal<SeenNames> SEEN = ThreadLocal.withInitial(SeenNames::new);

    private final JsonParser p;
    private final SeenNames seen = SEEN.get().reset();

    private DirectTokens(JsonParser p) {
        this.p = p;
    }

    /** The tokens of the plain line at {@code offset}, or null for a line too long to read directly. */
    static DirectTokens of(byte[] bytes, int offset, int length) throws IOException {
        return length >= MAX_STRING ? null : new DirectTokens(FAST.createParser(bytes, offset, length));
    }

    JsonToken next() throws IOException {
        return p.nextToken();
    }

    /** The key at the parser, checked against the others of its object. */
    String name() throws IOException, SeenNames.GiveUp {
        String name = p.currentName();
        seen.add(name);
        return name;
    }

    /** Opens the object {@code t} starts; anything else is a doubt. */
    void object(JsonToken t) throws SeenNames.GiveUp {
        if (t != JsonToken.START_OBJECT) {
            throw SeenNames.GiveUp.INSTANCE;
        }
        seen.open();
    }

    /** Closes the object the last {@link #next} ended. */
    void endObject() {
        seen.close();
    }

    /** Past the object's end: nothing may follow it on the line. */
    void end() throws IOException, SeenNames.GiveUp {
        if (p.nextToken() != null) {
            throw SeenNames.GiveUp.INSTANCE;
        }
    }

    /** A string's text, null for null; any other value is a doubt. */
    String text(JsonToken t) throws IOException, SeenNames.GiveUp {
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw SeenNames.GiveUp.INSTANCE;
    }

    /** A number written whole and within a {@code long}, null for null; any other value is a doubt. */
    Long whole(JsonToken t) throws IOException, SeenNames.GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType type = p.getNumberType();
            if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                return p.getLongValue();
            }
        }
        throw SeenNames.GiveUp.INSTANCE;
    }

    /**
     * Passes over the value {@code t} starts as {@link JsonObjectLine} does: every token read, keys
     * checked for repeats, a fraction converted (where one with an absurd exponent is refused).
     */
    void skip(JsonToken t) throws IOException, SeenNames.GiveUp {
        int depth = 0;
        while (t != null) {
            switch (t) {
                case FIELD_NAME -> name();
                case START_OBJECT -> {
                    depth++;
                    seen.open();
                }
                case START_ARRAY -> depth++;
                case END_OBJECT -> {
                    depth--;
                    seen.close();
                }
                case END_ARRAY -> depth--;
                case VALUE_NUMBER_FLOAT -> p.getDecimalValue();
                default -> {
                }
            }
            if (depth == 0) {
                return;
            }
            t = p.nextToken();
        }
    }

    @Override
    public void close() throws IOException {
        p.close();
    }
}
