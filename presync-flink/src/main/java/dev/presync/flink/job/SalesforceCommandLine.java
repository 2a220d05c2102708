package dev.presync.flink.job;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * One Salesforce command as the JSON line the job writes for the console component (the only place
 * Omni-Channel presence can be set): {@code id}, {@code time}, {@code agent}, {@code statusApiName},
 * {@code rule}, {@code ruleSetVersion}. The schema is in docs/flink.md.
 */
final class SalesforceCommandLine {
    private static final JsonFactory FACTORY = new JsonFactory();

    private SalesforceCommandLine() {
    }

    static String of(EmittedCommand c) {
        StringWriter out = new StringWriter(160);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("id", c.id);
            json.writeStringField("time", Instant.ofEpochMilli(c.time).toString());
            json.writeStringField("agent", c.agent);
            json.writeStringField("statusApiName", c.state);
            json.writeStringField("rule", c.rule);
            json.writeNumberField("ruleSetVersion", c.ruleSetVersion);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
