package dev.presync.cli.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.presync.runtime.Action;
import dev.presync.runtime.ActionSink;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * {@code presync run}'s output written the way it was before {@link ActionLines} wrote bytes
 * (Jackson's character generator, {@link JsonLineOutput}): kept in test scope as the oracle that
 * {@code ActionLines} must match byte for byte.
 */
public final class JacksonActionLines implements AutoCloseable {
    // Keys quoted once, not on every line: the output is the same, written with less work.
    private static final SerializedString LINE = new SerializedString("line");
    private static final SerializedString AGENT = new SerializedString("agent");
    private static final SerializedString ACTIONS = new SerializedString("actions");
    private static final SerializedString ERROR = new SerializedString("error");
    private static final SerializedString DESTINATION = new SerializedString("destination");
    private static final SerializedString STATE = new SerializedString("state");
    private static final SerializedString RULE = new SerializedString("rule");
    private final JsonGenerator json;
    /** One sink for every line, so writing a line's actions allocates nothing for the hand-over. */
    private final ActionSink sink = this::write;

    public JacksonActionLines(Writer out) throws IOException {
        this.json = JsonLineOutput.open(out);
    }

    /**
     * Evaluates {@code event} and writes its line in one pass: the rule set hands each action
     * straight to the output through the allocation-free {@link RuleSet#evaluate(RuleEvent, ActionSink)},
     * so no list is built per event.
     */
    public void actions(int line, String agent, RuleSet rules, RuleEvent event) throws IOException {
        start(line, agent);
        json.writeFieldName(ACTIONS);
        json.writeStartArray();
        try {
            rules.evaluate(event, sink);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        json.writeEndArray();
        end();
    }

    private void write(Action a) {
        try {
            json.writeStartObject();
            json.writeFieldName(DESTINATION);
            json.writeString(a.destination().spelling());
            json.writeFieldName(STATE);
            json.writeString(a.state());
            json.writeFieldName(RULE);
            json.writeString(a.rule());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void error(int line, String agent, String message) throws IOException {
        start(line, agent);
        json.writeFieldName(ERROR);
        json.writeString(message);
        end();
    }

    public void flush() throws IOException {
        json.flush();
    }

    private void start(int line, String agent) throws IOException {
        json.writeStartObject();
        json.writeFieldName(LINE);
        json.writeNumber(line);
        if (agent != null) {
            json.writeFieldName(AGENT);
            json.writeString(agent);
        }
    }

    private void end() throws IOException {
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}
