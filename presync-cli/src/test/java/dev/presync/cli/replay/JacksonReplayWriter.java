package dev.presync.cli.replay;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.presync.cli.events.JsonLineOutput;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.ValueType;
import dev.presync.sync.Command;
import dev.presync.sync.Oscillation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;

/**
 * {@code replay}'s stdout written the way it was before {@link ReplayWriter} wrote bytes
 * (Jackson's character generator, {@code JsonLineOutput}): kept in test scope as the oracle that
 * {@code ReplayWriter} must match byte for byte, lines of the Flink job included.
 */
public final class JacksonReplayWriter {
    // Keys quoted once, not on every line: the output is the same, written with less work.
    private static final SerializedString TIME = new SerializedString("time");
    private static final SerializedString AGENT = new SerializedString("agent");
    private static final SerializedString DESTINATION = new SerializedString("destination");
    private static final SerializedString STATE = new SerializedString("state");
    private static final SerializedString RULE = new SerializedString("rule");
    private static final SerializedString INPUT = new SerializedString("input");
    private static final SerializedString EVENT = new SerializedString("event");
    private final JsonGenerator json;

    JacksonReplayWriter(Writer out) throws IOException {
        this.json = JsonLineOutput.open(out);
    }

    void command(Instant time, Command c, String input, RuleEvent cause) throws IOException {
        start(time, c.agent());
        json.writeFieldName(DESTINATION);
        json.writeString(c.destination().spelling());
        json.writeFieldName(STATE);
        json.writeString(c.state());
        json.writeFieldName(RULE);
        json.writeString(c.rule());
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
        json.writeFieldName(DESTINATION);
        json.writeString(o.stopped().destination().spelling());
        json.writeFieldName(STATE);
        json.writeString(o.stopped().state());
        json.writeFieldName(RULE);
        json.writeString(o.stopped().rule());
        json.writeEndObject();
        json.writeEndObject();
        end(input, cause);
    }

    /** The line {@code replay} prints for a command, without its newline. */
    public static String commandLine(Instant time, Command c, String input, RuleEvent cause) {
        return line(w -> w.command(time, c, input, cause));
    }

    /** The line {@code replay} prints for an oscillation stopped, without its newline. */
    public static String oscillationLine(Instant time, Oscillation o, String input, RuleEvent cause) {
        return line(w -> w.oscillation(time, o, input, cause));
    }

    private interface Body {
        void write(JacksonReplayWriter writer) throws IOException;
    }

    private static String line(Body body) {
        StringWriter text = new StringWriter(256);
        try {
            JacksonReplayWriter writer = new JacksonReplayWriter(text);
            body.write(writer);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        StringBuffer b = text.getBuffer();
        return b.substring(0, b.length() - 1); // without the newline end() wrote
    }

    void flush() throws IOException {
        json.flush();
    }

    private void start(Instant time, String agent) throws IOException {
        json.writeStartObject();
        json.writeFieldName(TIME);
        json.writeString(InstantText.of(time));
        json.writeFieldName(AGENT);
        json.writeString(agent);
    }

    private void end(String input, RuleEvent cause) throws IOException {
        json.writeObjectFieldStart("cause");
        json.writeFieldName(INPUT);
        json.writeString(input);
        json.writeFieldName(EVENT);
        json.writeString(cause.type().spelling());
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
