package dev.presync.cli.events;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.presync.runtime.Action;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the output of {@code presync run}: one JSON object per input line, keys in a fixed
 * order ({@code line}, {@code agent}, then {@code actions} or {@code error}).
 */
public final class ActionLines implements AutoCloseable {
    private final JsonGenerator json;

    public ActionLines(Writer out) throws IOException {
        this.json = JsonLineOutput.open(out);
    }

    public void actions(int line, String agent, List<Action> actions) throws IOException {
        start(line, agent);
        json.writeArrayFieldStart("actions");
        for (Action a : actions) {
            json.writeStartObject();
            json.writeStringField("destination", a.destination().spelling());
            json.writeStringField("state", a.state());
            json.writeStringField("rule", a.rule());
            json.writeEndObject();
        }
        json.writeEndArray();
        end();
    }

    public void error(int line, String agent, String message) throws IOException {
        start(line, agent);
        json.writeStringField("error", message);
        end();
    }

    public void flush() throws IOException {
        json.flush();
    }

    private void start(int line, String agent) throws IOException {
        json.writeStartObject();
        json.writeNumberField("line", line);
        if (agent != null) {
            json.writeStringField("agent", agent);
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
