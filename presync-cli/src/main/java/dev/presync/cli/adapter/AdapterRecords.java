package dev.presync.cli.adapter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an export of {@code AC_PresenceSyncRule} records: a JSON array of objects (as the REST API
 * or a data export tool writes them) when the text starts with {@code [}, else CSV with a header.
 */
final class AdapterRecords {
    /** Something wrong with the file as a whole, at a line. */
    static final class BadFile extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        BadFile(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private AdapterRecords() {
    }

    static List<AdapterRecord> read(String text) throws BadFile {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return body.stripLeading().startsWith("[") ? json(body) : csv(body);
    }

    private static List<AdapterRecord> csv(String text) throws BadFile {
        List<CsvReader.Row> rows;
        try {
            rows = CsvReader.read(text);
        } catch (CsvReader.UnclosedQuote e) {
            throw new BadFile(e.line, 1, e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new BadFile(1, 1, "no header: expected columns such as Name, Source, Operand A, Comparator, Operand B, Destination, Value, Active");
        }
        List<String> header = rows.get(0).fields();
        AdapterField[] columns = new AdapterField[header.size()];
        for (int i = 0; i < header.size(); i++) {
            columns[i] = AdapterField.byColumn(header.get(i));
        }
        requireColumns(java.util.Arrays.asList(columns), rows.get(0).line());
        List<AdapterRecord> records = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            Map<AdapterField, String> fields = new EnumMap<>(AdapterField.class);
            List<String> values = rows.get(r).fields();
            for (int i = 0; i < columns.length && i < values.size(); i++) {
                if (columns[i] != null) {
                    fields.put(columns[i], values.get(i));
                }
            }
            records.add(new AdapterRecord(r, rows.get(r).line(), fields));
        }
        return records;
    }

    private static void requireColumns(List<AdapterField> found, int line) throws BadFile {
        for (AdapterField needed : List.of(AdapterField.SOURCE, AdapterField.DESTINATION, AdapterField.VALUE)) {
            if (!found.contains(needed)) {
                throw new BadFile(line, 1, "no " + needed.label() + " column; the columns are the rule form's fields: "
                        + String.join(", ", List.of(AdapterField.values()).stream().map(AdapterField::label).toList()));
            }
        }
    }

    private static List<AdapterRecord> json(String text) throws BadFile {
        List<AdapterRecord> records = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(text)) {
            p.nextToken(); // the opening [
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int line = p.currentTokenLocation().getLineNr();
                records.add(new AdapterRecord(records.size() + 1, line, object(p)));
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
                throw new BadFile(p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr(),
                        "expected a JSON array of rule records (objects)");
            }
            if (p.nextToken() != null) {
                throw new BadFile(p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr(),
                        "unexpected text after the JSON array");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            int col = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
            throw new BadFile(line, col, "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new BadFile(1, 1, "not valid JSON: " + e.getMessage());
        }
        return records;
    }

    /** A record's scalar fields as text; nested values (such as "attributes") are skipped. */
    private static Map<AdapterField, String> object(JsonParser p) throws IOException {
        Map<AdapterField, String> fields = new EnumMap<>(AdapterField.class);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            AdapterField field = AdapterField.byColumn(p.currentName());
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else if (field != null && value != JsonToken.VALUE_NULL) {
                fields.put(field, p.getText());
            }
        }
        return fields;
    }
}
