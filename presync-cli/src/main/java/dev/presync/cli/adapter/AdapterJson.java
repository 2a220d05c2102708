package dev.presync.cli.adapter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.presync.compiler.adapter.AdapterField;
import dev.presync.compiler.adapter.RuleImporter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON side of adapter import and export, which needs Jackson and so stays out of the
 * compiler: a JSON array of {@code AC_PresenceSyncRule} objects (as the REST API or a data export
 * tool writes them) in, the same out. The translation itself is the compiler's
 * ({@code dev.presync.compiler.adapter}).
 */
public final class AdapterJson {
    private AdapterJson() {
    }

    /** The objects of the array, each with its scalar values as text; nested values (such as "attributes") are skipped. */
    public static List<RuleImporter.Exported> read(String text) throws RuleImporter.Unreadable {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<RuleImporter.Exported> records = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(body)) {
            p.nextToken(); // the opening [
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int line = p.currentTokenLocation().getLineNr();
                Map<String, String> notText = new LinkedHashMap<>();
                Map<String, String> values = object(p, notText);
                records.add(new RuleImporter.Exported(line, values, notText));
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
                throw new RuleImporter.Unreadable(p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr(),
                        "expected a JSON array of rule records (objects)");
            }
            if (p.nextToken() != null) {
                throw new RuleImporter.Unreadable(p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr(),
                        "unexpected text after the JSON array");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            int col = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
            throw new RuleImporter.Unreadable(line, col, "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new RuleImporter.Unreadable(1, 1, "not valid JSON: " + e.getMessage());
        }
        return records;
    }

    /** The object's scalar values as text; each nested value's key goes into {@code notText} with what it is. */
    private static Map<String, String> object(JsonParser p, Map<String, String> notText) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                values.remove(key);
                notText.put(key, value == JsonToken.START_OBJECT ? "an object" : "an array");
                p.skipChildren();
            } else if (value != JsonToken.VALUE_NULL) {
                values.remove(key); // a repeated key counts where it last appears
                notText.remove(key);
                values.put(key, p.getText());
            }
        }
        return values;
    }

    /** Writes exported records as a pretty-printed JSON array, Active as a boolean. */
    public static void write(List<Map<AdapterField, String>> records, Writer out) throws IOException {
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
}
