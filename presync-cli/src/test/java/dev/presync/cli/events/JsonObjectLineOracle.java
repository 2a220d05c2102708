package dev.presync.cli.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link JsonObjectLine} as it was before it learnt to prune and to check duplicate keys itself:
 * every field whole, Jackson's own duplicate check. The oracle the new reading is held to.
 */
final class JsonObjectLineOracle {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonObjectLineOracle() {
    }

    /** @param expected what to say when the line holds something other than an object */
    static List<JsonObjectLine.Field> read(String line, String expected) throws JsonObjectLine.NotAnObject {
        try (JsonParser p = FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonObjectLine.NotAnObject(JsonMessages.column(p), expected + "; " + JsonMessages.ONE_PER_LINE);
            }
            List<JsonObjectLine.Field> fields = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int column = JsonMessages.column(p);
                JsonToken t = p.nextToken();
                Object value = value(p);
                // A string is its own text: one String, not two. A number or boolean keeps its text as written.
                String text = value instanceof String s ? s
                        : t.isScalarValue() && t != JsonToken.VALUE_NULL ? p.getText() : null;
                fields.add(new JsonObjectLine.Field(name, column, value, text));
            }
            if (p.nextToken() != null) {
                throw new JsonObjectLine.NotAnObject(JsonMessages.column(p), "unexpected text after the JSON object; " + JsonMessages.ONE_PER_LINE);
            }
            return fields;
        } catch (JsonProcessingException e) {
            int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
            throw new JsonObjectLine.NotAnObject(column, JsonMessages.notValid(e));
        } catch (IOException e) {
            throw new JsonObjectLine.NotAnObject(1, "not valid JSON: " + JsonMessages.firstLine(e.getMessage()));
        }
    }

    private static Object value(JsonParser p) throws IOException, JsonObjectLine.NotAnObject {
        switch (p.currentToken()) {
            case START_OBJECT:
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    map.put(name, value(p));
                }
                return map;
            case START_ARRAY:
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p));
                }
                return list;
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                try {
                    return p.getDecimalValue();
                } catch (NumberFormatException e) { // a bad line, as the reader reports it now
                    throw new JsonObjectLine.NotAnObject(JsonMessages.column(p), JsonMessages.outOfRange(p.getText()));
                }
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }
}
