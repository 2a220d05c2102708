package dev.presync.flink.job;

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
 * Parses one line of JSON into the plain maps the presync-sync readers take, noting the column of
 * each top-level key so that a reader's problem can be placed on the line. It reads exactly as
 * {@code presync replay} does (duplicate keys refused, numbers as decimals), so bad lines are
 * reported alike.
 */
final class JsonLine {
    /** A line that is not one JSON object, with the 1-based column where that shows. */
    static final class NotAnObject extends Exception {
        private static final long serialVersionUID = 1L;
        final int column;

        NotAnObject(int column, String message) {
            super(message);
            this.column = column;
        }
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private JsonLine() {
    }

    static Map<String, Object> object(String line, Map<String, Integer> columns) throws NotAnObject {
        try (JsonParser p = FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new NotAnObject(column(p), "expected a JSON object");
            }
            Map<String, Object> value = readObject(p, columns);
            if (p.nextToken() != null) {
                throw new NotAnObject(column(p), "unexpected text after the JSON object");
            }
            return value;
        } catch (JsonProcessingException e) {
            int col = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
            throw new NotAnObject(col, "not valid JSON: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new NotAnObject(1, "not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    private static Object read(JsonParser p) throws IOException {
        switch (p.currentToken()) {
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
                columns.put(name, column(p));
            }
            p.nextToken();
            map.put(name, read(p));
        }
        return map;
    }

    private static int column(JsonParser p) {
        return Math.max(1, p.currentTokenLocation().getColumnNr());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
