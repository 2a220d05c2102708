package dev.presync.compiler.adapter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** Writes exported records as CSV, a header of the form's labels then one line per record (JSON is the caller's). */
public final class AdapterRecordWriter {
    private AdapterRecordWriter() {
    }

    public static void csv(List<Map<AdapterField, String>> records, Writer out) throws IOException {
        line(List.of(AdapterField.values()).stream().map(AdapterField::label).toList(), out);
        for (Map<AdapterField, String> r : records) {
            line(List.of(AdapterField.values()).stream().map(f -> r.getOrDefault(f, "")).toList(), out);
        }
        out.flush();
    }

    private static void line(List<String> fields, Writer out) throws IOException {
        String sep = "";
        for (String f : fields) {
            out.write(sep);
            out.write(quote(f));
            sep = ",";
        }
        out.write("\n");
    }

    private static String quote(String field) {
        boolean plain = field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                && field.equals(field.strip());
        return plain ? field : "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
