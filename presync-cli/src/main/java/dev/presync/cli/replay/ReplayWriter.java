package dev.presync.cli.replay;

import dev.presync.cli.io.JsonLineBytes;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.ValueType;
import dev.presync.sync.Command;
import dev.presync.sync.Oscillation;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/**
 * Writes replay's stdout: one JSON line per command sent, and one per oscillation stopped, keys in
 * a fixed order ({@code time}, {@code agent}, then the command or oscillation, then {@code cause}),
 * as UTF-8 bytes ({@link JsonLineBytes}). The Flink job takes its lines from {@link #commandLine}
 * and {@link #oscillationLine}, so both front ends print the same bytes for the same command (its
 * differential test compares them).
 */
public final class ReplayWriter {
    private static final byte[] TIME = JsonLineBytes.key("time");
    private static final byte[] AGENT = JsonLineBytes.key("agent");
    private static final byte[] DESTINATION = JsonLineBytes.key("destination");
    private static final byte[] STATE = JsonLineBytes.key("state");
    private static final byte[] RULE = JsonLineBytes.key("rule");
    private static final byte[] OSCILLATION = JsonLineBytes.key("oscillation");
    private static final byte[] RULES = JsonLineBytes.key("rules");
    private static final byte[] SENT = JsonLineBytes.key("sent");
    private static final byte[] STOPPED = JsonLineBytes.key("stopped");
    private static final byte[] CAUSE = JsonLineBytes.key("cause");
    private static final byte[] INPUT = JsonLineBytes.key("input");
    private static final byte[] EVENT = JsonLineBytes.key("event");
    /** Each operand's key, by ordinal. */
    private static final byte[][] OPERANDS = new byte[Operand.values().length][];

    static {
        for (Operand o : Operand.values()) {
            OPERANDS[o.ordinal()] = JsonLineBytes.key(o.spelling());
        }
    }

    private final JsonLineBytes json;

    /** @param out where the lines go; null keeps them for {@link JsonLineBytes#text()} */
    ReplayWriter(OutputStream out) {
        this.json = new JsonLineBytes(out);
    }

    void command(Instant time, Command c, String input, RuleEvent cause) throws IOException {
        start(time, c.agent());
        json.key(DESTINATION);
        json.string(c.destination().spelling());
        json.key(STATE);
        json.string(c.state());
        json.key(RULE);
        json.string(c.rule());
        end(input, cause);
    }

    void oscillation(Instant time, Oscillation o, String input, RuleEvent cause) throws IOException {
        start(time, o.agent());
        json.key(OSCILLATION);
        json.startObject();
        json.key(RULES);
        json.startArray();
        for (String rule : o.rules()) {
            json.string(rule);
        }
        json.endArray();
        json.key(SENT);
        json.number(o.sent());
        json.key(STOPPED);
        json.startObject();
        json.key(DESTINATION);
        json.string(o.stopped().destination().spelling());
        json.key(STATE);
        json.string(o.stopped().state());
        json.key(RULE);
        json.string(o.stopped().rule());
        json.endObject();
        json.endObject();
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
        void write(ReplayWriter writer) throws IOException;
    }

    private static String line(Body body) {
        ReplayWriter writer = new ReplayWriter(null);
        try {
            body.write(writer);
        } catch (IOException e) {
            throw new AssertionError("a writer without a stream does not fail", e);
        }
        String text = writer.json.text();
        return text.substring(0, text.length() - 1); // without the newline end() wrote
    }

    void flush() throws IOException {
        json.flush();
    }

    private void start(Instant time, String agent) {
        json.startObject();
        json.key(TIME);
        json.string(InstantText.of(time));
        json.key(AGENT);
        json.string(agent);
    }

    private void end(String input, RuleEvent cause) throws IOException {
        json.key(CAUSE);
        json.startObject();
        json.key(INPUT);
        json.string(input);
        json.key(EVENT);
        json.string(cause.type().spelling());
        for (Operand o : cause.type().carries()) {
            if (o.isDerived()) {
                continue;
            }
            if (o.type() == ValueType.TEXT) {
                String text = cause.text(o);
                if (text != null) {
                    json.key(OPERANDS[o.ordinal()]);
                    json.string(text);
                }
            } else {
                Long n = cause.number(o);
                if (n != null) {
                    json.key(OPERANDS[o.ordinal()]);
                    json.number(n);
                }
            }
        }
        json.endObject();
        json.endObject();
        json.endLine();
    }
}
