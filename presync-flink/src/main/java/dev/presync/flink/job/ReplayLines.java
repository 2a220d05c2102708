package dev.presync.flink.job;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.ValueType;
import dev.presync.sync.Command;
import dev.presync.sync.Oscillation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The JSON lines {@code presync replay} prints, one per command sent and one per oscillation
 * stopped, with the same keys in the same order, so the job's output can be compared line for line
 * with a local replay (the differential tests do).
 */
final class ReplayLines {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ReplayLines() {
    }

    static String command(Instant time, Command c, String input, RuleEvent cause) {
        return write(json -> {
            start(json, time, c.agent());
            json.writeStringField("destination", c.destination().spelling());
            json.writeStringField("state", c.state());
            json.writeStringField("rule", c.rule());
            end(json, input, cause);
        });
    }

    static String oscillation(Instant time, Oscillation o, String input, RuleEvent cause) {
        return write(json -> {
            start(json, time, o.agent());
            json.writeObjectFieldStart("oscillation");
            json.writeArrayFieldStart("rules");
            for (String rule : o.rules()) {
                json.writeString(rule);
            }
            json.writeEndArray();
            json.writeNumberField("sent", o.sent());
            json.writeObjectFieldStart("stopped");
            json.writeStringField("destination", o.stopped().destination().spelling());
            json.writeStringField("state", o.stopped().state());
            json.writeStringField("rule", o.stopped().rule());
            json.writeEndObject();
            json.writeEndObject();
            end(json, input, cause);
        });
    }

    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void start(JsonGenerator json, Instant time, String agent) throws IOException {
        json.writeStartObject();
        json.writeStringField("time", time.toString());
        json.writeStringField("agent", agent);
    }

    private static void end(JsonGenerator json, String input, RuleEvent cause) throws IOException {
        json.writeObjectFieldStart("cause");
        json.writeStringField("input", input);
        json.writeStringField("event", cause.type().spelling());
        for (Operand o : cause.type().carries()) {
            if (o.isDerived()) {
                continue;
            }
            if (o.type() == ValueType.TEXT) {
                if (cause.text(o) != null) {
                    json.writeStringField(o.spelling(), cause.text(o));
                }
            } else {
                Long n = number(cause, o);
                if (n != null) {
                    json.writeNumberField(o.spelling(), n);
                }
            }
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static Long number(RuleEvent e, Operand o) {
        return switch (o) {
            case SALESFORCE_PREVIOUS_WORKLOAD -> e.hasPreviousWorkload() ? e.previousWorkload() : null;
            case SALESFORCE_NEW_WORKLOAD -> e.hasNewWorkload() ? e.newWorkload() : null;
            case SALESFORCE_CONFIGURED_CAPACITY -> e.hasConfiguredCapacity() ? e.configuredCapacity() : null;
            default -> null;
        };
    }
}
