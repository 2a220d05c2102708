package dev.presync.cli.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one JSON object into its top-level fields, each with the column of its key, so a later
 * complaint about a field can point at it. Jackson's streaming parser keeps that position.
 */
final class JsonFields {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The kinds of JSON value a field can hold, as far as events care. */
    enum Kind { STRING, NUMBER, BOOLEAN, NULL, OBJECT, ARRAY }

    /** {@code text} holds a string's value; {@code number} a number's. */
    record Field(String name, int column, Kind kind, String text, BigDecimal number) {
    }

    /** Thrown for text that is not one JSON object; carries the column. */
    static final class NotAnObject extends Exception {
        private static final long serialVersionUID = 1L;
        final int column;

        NotAnObject(int column, String message) {
            super(message);
            this.column = column;
        }
    }

    private JsonFields() {
    }

    static List<Field> read(String line) throws NotAnObject {
        try (JsonParser p = FACTORY.createParser(line)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new NotAnObject(JsonMessages.column(p), "expected a JSON object such as {\"event\":\"ConnectAgentStateChange\", ...}; " + JsonMessages.ONE_PER_LINE);
            }
            List<Field> fields = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int col = JsonMessages.column(p);
                fields.add(value(p, name, col));
            }
            if (p.nextToken() != null) {
                throw new NotAnObject(JsonMessages.column(p), "unexpected text after the JSON object; " + JsonMessages.ONE_PER_LINE);
            }
            return fields;
        } catch (JsonProcessingException e) {
            int col = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
            throw new NotAnObject(col, JsonMessages.notValid(e));
        } catch (IOException e) {
            throw new NotAnObject(1, "not valid JSON: " + JsonMessages.firstLine(e.getMessage()));
        }
    }

    private static Field value(JsonParser p, String name, int col) throws IOException {
        JsonToken t = p.nextToken();
        return switch (t) {
            case VALUE_STRING -> new Field(name, col, Kind.STRING, p.getText(), null);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Field(name, col, Kind.NUMBER, p.getText(), p.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> new Field(name, col, Kind.BOOLEAN, p.getText(), null);
            case VALUE_NULL -> new Field(name, col, Kind.NULL, null, null);
            case START_OBJECT -> {
                p.skipChildren();
                yield new Field(name, col, Kind.OBJECT, null, null);
            }
            case START_ARRAY -> {
                p.skipChildren();
                yield new Field(name, col, Kind.ARRAY, null, null);
            }
            default -> throw new IllegalStateException("unexpected JSON token " + t);
        };
    }
}
