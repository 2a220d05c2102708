package dev.presync.compiler.adapter;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses CSV as Salesforce and spreadsheets write it (RFC 4180): fields separated by commas,
 * quoted fields may hold commas, line breaks and doubled quotes; LF or CRLF line ends. Written by
 * hand because it is this small; each record keeps the line it starts on for error messages.
 */
final class CsvReader {
    /** One record's fields and the 1-based line it starts on. */
    record Row(int line, List<String> fields) {
    }

    /** A quote left open at the end of the text. */
    static final class UnclosedQuote extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        UnclosedQuote(int line) {
            super("a quoted field that starts on line " + line + " is never closed");
            this.line = line;
        }
    }

    private CsvReader() {
    }

    /** Every non-blank record, in order. */
    static List<Row> read(String text) throws UnclosedQuote {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        int quoteStart = 0;
        boolean quoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0); // spaces before an opening quote are not part of the value
                quoted = true;
                quoteStart = line;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addRow(rows, rowStart, fields);
                fields = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new UnclosedQuote(quoteStart);
        }
        fields.add(field.toString());
        addRow(rows, rowStart, fields);
        return rows;
    }

    private static void addRow(List<Row> rows, int line, List<String> fields) {
        boolean blank = fields.stream().allMatch(String::isBlank);
        if (!blank) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
    }
}
