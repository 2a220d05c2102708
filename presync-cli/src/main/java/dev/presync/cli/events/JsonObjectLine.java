package dev.presync.cli.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.presync.sync.source.KeysRead;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one reader of a JSON object on one line, for event lines and replay records alike: each
 * top-level field with the column of its key (so a later complaint can point at it), its value
 * as plain Java (String, BigDecimal, Boolean, null, Map, List) and, for a scalar, its text as
 * written. Jackson's streaming parser keeps the positions; duplicate keys are refused.
 */
public final class JsonObjectLine {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** The same parser without the duplicate-key check, for the first reading of a line. */
    private static final JsonFactory FAST = new JsonFactory();
    /** Jackson refuses a string this long when it is made into text, and only then. */
    private static final int MAX_STRING = FACTORY.streamReadConstraints().getMaxStringLength();

    /** The kinds of JSON value, as far as messages care. */
    public enum Kind { STRING, NUMBER, BOOLEAN, NULL, OBJECT, ARRAY }

    /** One top-level field; {@code text} is a scalar's text as written, null for the others. */
    public record Field(String name, int column, Object value, String text) {
        public Kind kind() {
            if (value instanceof String) {
                return Kind.STRING;
            }
            if (value instanceof BigDecimal) {
                return Kind.NUMBER;
            }
            if (value instanceof Boolean) {
                return Kind.BOOLEAN;
            }
            if (value instanceof Map) {
                return Kind.OBJECT;
            }
            return value instanceof List ? Kind.ARRAY : Kind.NULL;
        }
    }

    /** Text that is not one JSON object; carries the 1-based column. */
    public static final class NotAnObject extends Exception {
        private static final long serialVersionUID = 1L;
        public final int column;

        NotAnObject(int column, String message) {
            super(message);
            this.column = column;
        }
    }

    private final JsonParser p;
    /** The line's top-level keys wanted, or null for all. */
    private final KeysRead wanted;
    /** Null when Jackson checks for duplicate keys itself. */
    private final SeenNames seen;

    private JsonObjectLine(JsonParser p, KeysRead wanted, SeenNames seen) {
        this.p = p;
        this.wanted = wanted;
        this.seen = seen;
    }

    /** @param expected what to say when the line holds something other than an object */
    public static List<Field> read(String line, String expected) throws NotAnObject {
        return read(line, expected, null);
    }

    /**
     * The fields of the line that {@code keys} lists, each value pruned to its keys as
     * {@link KeysRead} describes: what a presync-sync reader needs, without building the rest.
     * Every token of the line is still parsed, so a line is bad for exactly the reasons (and at the
     * columns) it is bad for when read whole. Null {@code keys}: every field, whole.
     *
     * <p>A line is read first without Jackson's duplicate-key check, {@link SeenNames} doing it
     * cheaper; a line that is bad in any way, or gives a key twice, is read again with the check, so
     * that what is said about it is what Jackson says, word for word and column for column.
     */
    public static List<Field> read(String line, String expected, KeysRead keys) throws NotAnObject {
        if (line.length() >= MAX_STRING) {
            keys = null; // a string this long is refused only when read, so read every one
        }
        try (JsonParser p = FAST.createParser(line)) {
            return new JsonObjectLine(p, keys, new SeenNames()).fields(expected);
        } catch (NotAnObject | IOException | RuntimeException | SeenNames.GiveUp e) {
            // a bad line, or a key given twice: read it again below, as it was always read
        }
        try (JsonParser p = FACTORY.createParser(line)) {
            return new JsonObjectLine(p, keys, null).fields(expected);
        } catch (JsonProcessingException e) {
            int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
            throw new NotAnObject(column, JsonMessages.notValid(e));
        } catch (IOException e) {
            throw new NotAnObject(1, "not valid JSON: " + JsonMessages.firstLine(e.getMessage()));
        } catch (SeenNames.GiveUp e) {
            throw new IllegalStateException("no SeenNames, nothing to give up", e);
        }
    }

    /**
     * The same for a plain line ({@link AsciiLines#isPlain}) in place, read by Jackson's byte
     * parser: a column in bytes is a column in characters there, and the fields are those of the
     * line's text. A line that is bad in any way, or gives a key twice, is made text and read as
     * above, so that what is said about it is said as ever.
     */
    public static List<Field> read(byte[] bytes, int offset, int length, String expected, KeysRead keys)
            throws NotAnObject {
        if (length < MAX_STRING) {
            try (JsonParser p = FAST.createParser(bytes, offset, length)) {
                return new JsonObjectLine(p, keys, new SeenNames()).fields(expected);
            } catch (NotAnObject | IOException | RuntimeException | SeenNames.GiveUp e) {
                // a bad line, or a key given twice: read its text below
            }
        }
        return read(AsciiLines.text(bytes, offset, length), expected, keys);
    }

    private List<Field> fields(String expected) throws IOException, NotAnObject, SeenNames.GiveUp {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new NotAnObject(JsonMessages.column(p), expected + "; " + JsonMessages.ONE_PER_LINE);
        }
        open();
        List<Field> fields = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = name();
            int column = JsonMessages.column(p);
            JsonToken t = p.nextToken();
            KeysRead node = wanted == null ? null : wanted.key(name);
            if (wanted != null && node == null) {
                skip();
                continue;
            }
            Object value = value(node);
            // A string is its own text: one String, not two. A number or boolean keeps its text as written.
            String text = value instanceof String s ? s
                    : t.isScalarValue() && t != JsonToken.VALUE_NULL ? p.getText() : null;
            fields.add(new Field(name, column, value, text));
        }
        if (p.nextToken() != null) {
            throw new NotAnObject(JsonMessages.column(p), "unexpected text after the JSON object; " + JsonMessages.ONE_PER_LINE);
        }
        return fields;
    }

    /** The fields as a map, in order: what the presync-sync readers take. */
    public static Map<String, Object> values(List<Field> fields) {
        Map<String, Object> map = new LinkedHashMap<>();
        fields.forEach(f -> map.put(f.name(), f.value()));
        return map;
    }

    /**
     * Passes over the value at the parser, reading every token of it: the parser still checks its
     * syntax and nesting, and keys are still checked for duplicates. Strings are not made and whole
     * numbers not converted; a fraction is, since converting is where one with an absurd exponent
     * is refused.
     */
    private void skip() throws IOException, NotAnObject, SeenNames.GiveUp {
        int depth = 0;
        JsonToken t = p.currentToken();
        while (t != null) {
            if (t == JsonToken.FIELD_NAME) {
                name();
            } else if (t == JsonToken.START_OBJECT) {
                depth++;
                open();
            } else if (t == JsonToken.START_ARRAY) {
                depth++;
            } else if (t == JsonToken.END_OBJECT) {
                depth--;
                close();
            } else if (t == JsonToken.END_ARRAY) {
                depth--;
            } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                decimal();
            }
            if (depth == 0) {
                return;
            }
            t = p.nextToken();
        }
    }

    /** The value at the parser, whole when {@code keys} is null, else pruned to {@code keys}. */
    private Object value(KeysRead keys) throws IOException, NotAnObject, SeenNames.GiveUp {
        switch (p.currentToken()) {
            case START_OBJECT:
                open();
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = name();
                    p.nextToken();
                    KeysRead node = keys == null ? null : keys.key(name);
                    if (keys != null && node == null) {
                        skip();
                    } else {
                        map.put(name, value(node));
                    }
                }
                close();
                return map;
            case START_ARRAY:
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(keys));
                }
                return list;
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return decimal();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /**
     * The number at the parser. JSON puts no bound on an exponent, {@code BigDecimal} does (a
     * 32-bit scale): a number such as {@code 1e999999999999} is a bad line at its own column, not
     * an exception that ends the run.
     */
    private BigDecimal decimal() throws IOException, NotAnObject {
        try {
            return p.getDecimalValue();
        } catch (NumberFormatException e) {
            throw new NotAnObject(JsonMessages.column(p), JsonMessages.outOfRange(p.getText()));
        }
    }

    /** The current key, checked against the others of its object unless Jackson checks it. */
    private String name() throws IOException, SeenNames.GiveUp {
        String name = p.currentName();
        if (seen != null) {
            seen.add(name);
        }
        return name;
    }

    private void open() {
        if (seen != null) {
            seen.open();
        }
    }

    private void close() {
        if (seen != null) {
            seen.close();
        }
    }
}
