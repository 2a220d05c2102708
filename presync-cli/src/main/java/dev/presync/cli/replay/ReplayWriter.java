package dev.presync.cli.replay;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.presync.cli.events.JsonLineOutput;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.ValueType;
import dev.presync.sync.Command;
import dev.presync.sync.Oscillation;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;

/**
 * Writes replay's stdout: one JSON line per command sent, and one per oscillation stopped, keys in
 * a fixed order ({@code time}, {@code agent}, then the command or oscillation, then {@code cause}).
 */
final class ReplayWriter {
    private final JsonGenerator json;

    ReplayWriter(Writer out) throws IOException {
        this.json = JsonLineOutput.open(out);
    }

    void command(Instant time, Command c, String input, RuleEvent cause) throws IOException {
        start(time, c.agent());
        json.writeStringField("destination", c.destination().spelling());
        json.writeStringField("state", c.state());
        json.writeStringField("rule", c.rule());
        end(input, cause);
    }

    void oscillation(Instant time, Oscillation o, String input, RuleEvent cause) throws IOException {
        start(time, o.agent());
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
        end(input, cause);
    }

    void flush() throws IOException {
        json.flush();
    }

    private void start(Instant time, String agent) throws IOException {
        json.writeStartObject();
        json.writeStringField("time", InstantText.of(time));
        json.writeStringField("agent", agent);
    }

    private void end(String input, RuleEvent cause) throws IOException {
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
                Long n = cause.number(o);
                if (n != null) {
                    json.writeNumberField(o.spelling(), n);
                }
            }
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
    }
}
