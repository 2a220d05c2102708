package dev.presync.cli.adapter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** Writes exported records as CSV (a header of the form's labels) or as a JSON array of objects. */
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

    public static void json(List<Map<AdapterField, String>> records, Writer out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        json.writeStartArray();
        for (Map<AdapterField, String> r : records) {
            json.writeStartObject();
            for (AdapterField f : AdapterField.values()) {
                if (f == AdapterField.ACTIVE) {
                    json.writeBooleanField(f.label(), Boolean.parseBoolean(r.get(f)));
                } else {
                    json.writeStringField(f.label(), r.getOrDefault(f, ""));
                }
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeRaw("\n");
        json.flush();
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
