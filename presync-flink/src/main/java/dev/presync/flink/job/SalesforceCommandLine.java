package dev.presync.flink.job;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * One Salesforce command as the JSON line the job writes for the console component (the only place
 * Omni-Channel presence can be set): {@code id}, {@code time}, {@code agent}, {@code statusApiName},
 * {@code rule}, {@code ruleSetVersion}. The schema is in docs/engine.md.
 */
final class SalesforceCommandLine {
    private static final JsonFactory FACTORY = new JsonFactory();

    private SalesforceCommandLine() {
    }

    /** The {@code agent} of a command line: its partition key on a Kinesis stream. */
    static String agentOf(String line) {
        try (JsonParser json = FACTORY.createParser(line)) {
            while (json.nextToken() != null) {
                if (json.currentToken() == JsonToken.FIELD_NAME && "agent".equals(json.currentName())) {
                    return json.nextTextValue();
                }
            }
            throw new IllegalArgumentException("a Salesforce command line without an agent: " + line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
