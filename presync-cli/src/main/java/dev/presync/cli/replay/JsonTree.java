package dev.presync.cli.replay;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.presync.cli.events.JsonMessages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one line of JSON into plain maps, lists, strings, decimals and booleans with Jackson's
 * streaming parser: what the presync-sync readers take. Connect records nest a few levels, and this
 * is all the tree they need. Syntax errors become a {@link BadLine} with Jackson's column.
 */
final class JsonTree {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonTree() {
    }

    /** The line's one top-level object. */
    static Map<String, Object> object(String line) throws BadLine {
        return object(line, null);
    }

    /** The line's one top-level object; {@code columns}, when given, receives the column of each top-level key. */
    static Map<String, Object> object(String line, Map<String, Integer> columns) throws BadLine {
        try (JsonParser p = FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadLine(JsonMessages.column(p), "expected a JSON object; " + JsonMessages.ONE_PER_LINE);
            }
            Map<String, Object> value = readObject(p, columns);
            if (p.nextToken() != null) {
                throw new BadLine(JsonMessages.column(p), "unexpected text after the JSON object; " + JsonMessages.ONE_PER_LINE);
            }
            return value;
        } catch (JsonProcessingException e) {
            int col = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
            throw new BadLine(col, JsonMessages.notValid(e));
        } catch (IOException e) {
            throw new BadLine(1, "not valid JSON: " + JsonMessages.firstLine(e.getMessage()));
        }
    }

    private static Object read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT:
                return readObject(p, null);
            case START_ARRAY:
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(p));
                }
                return list;
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    private static Map<String, Object> readObject(JsonParser p, Map<String, Integer> columns) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (columns != null) {
                columns.put(name, JsonMessages.column(p));
            }
            p.nextToken();
            map.put(name, read(p));
        }
        return map;
    }
}
