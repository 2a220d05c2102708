package dev.presync.cli.events;

import dev.presync.cli.io.JsonLineBytes;
import dev.presync.runtime.Action;
import dev.presync.runtime.ActionSink;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the output of {@code presync run}: one JSON object per input line, keys in a fixed
 * order ({@code line}, {@code agent}, then {@code actions} or {@code error}), as UTF-8 bytes
 * ({@link JsonLineBytes}), since the output is as large as the input.
 */
public final class ActionLines {
    private static final byte[] LINE = JsonLineBytes.key("line");
    private static final byte[] AGENT = JsonLineBytes.key("agent");
    private static final byte[] ACTIONS = JsonLineBytes.key("actions");
    private static final byte[] ERROR = JsonLineBytes.key("error");
    private static final byte[] DESTINATION = JsonLineBytes.key("destination");
    private static final byte[] STATE = JsonLineBytes.key("state");
    private static final byte[] RULE = JsonLineBytes.key("rule");
    private final JsonLineBytes json;
    /** One sink for every line, so writing a line's actions allocates nothing for the hand-over. */
    private final ActionSink sink = this::write;

    /** @param out where the lines go, a few kilobytes at a time and on {@link #flush()} */
    public ActionLines(OutputStream out) {
        this.json = new JsonLineBytes(out);
    }

    /**
     * Evaluates {@code event} and writes its line in one pass: the rule set hands each action
     * straight to the output through the allocation-free {@link RuleSet#evaluate(RuleEvent, ActionSink)},
     * so no list is built per event.
     */
    public void actions(int line, String agent, RuleSet rules, RuleEvent event) throws IOException {
        start(line, agent);
        json.key(ACTIONS);
        json.startArray();
        rules.evaluate(event, sink);
        json.endArray();
        end();
    }

    private void write(Action a) {
        json.startObject();
        json.key(DESTINATION);
        json.string(a.destination().spelling());
        json.key(STATE);
        json.string(a.state());
        json.key(RULE);
        json.string(a.rule());
        json.endObject();
    }

    public void error(int line, String agent, String message) throws IOException {
        start(line, agent);
        json.key(ERROR);
        json.string(message);
        end();
    }

    public void flush() throws IOException {
        json.flush();
    }

    private void start(int line, String agent) {
        json.startObject();
        json.key(LINE);
        json.number(line);
        if (agent != null) {
            json.key(AGENT);
            json.string(agent);
        }
    }

    private void end() throws IOException {
        json.endObject();
        json.endLine();
    }
}
