package dev.presync.compiler.adapter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an export of {@code AC_PresenceSyncRule} records into {@link AdapterRecord}s: CSV with a
 * header, or the objects of a JSON array another reader parsed (the compiler has no JSON library).
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

    static List<AdapterRecord> csv(String text) throws BadFile {
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
            String problem = values.size() > columns.length
                    ? "it has " + values.size() + " fields and the header " + columns.length
                            + " (a comma in a value that is not quoted?)"
                    : null;
            records.add(new AdapterRecord(r, rows.get(r).line(), fields, problem));
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

    /** Records another reader found (a JSON array of objects, say), with their fields by column or key name. */
    static List<AdapterRecord> fromExported(List<RuleImporter.Exported> exported) {
        List<AdapterRecord> records = new ArrayList<>();
        for (RuleImporter.Exported e : exported) {
            Map<AdapterField, String> fields = new EnumMap<>(AdapterField.class);
            e.values().forEach((key, value) -> {
                AdapterField field = AdapterField.byColumn(key);
                if (field != null && value != null) {
                    fields.put(field, value);
                }
            });
            String problem = null;
            for (Map.Entry<String, String> n : e.notText().entrySet()) {
                AdapterField field = AdapterField.byColumn(n.getKey());
                if (field != null && problem == null) {
                    problem = field.label() + " must be text, not " + n.getValue();
                }
            }
            records.add(new AdapterRecord(records.size() + 1, e.line(), fields, problem));
        }
        return records;
    }
}
