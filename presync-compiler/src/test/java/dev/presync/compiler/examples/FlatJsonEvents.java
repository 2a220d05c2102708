package dev.presync.compiler.examples;

import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.ValueType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one example event line: a flat JSON object of string and whole-number values, as the
 * CLI takes them. Just enough JSON for the examples (no escapes, no nesting); the CLI has the
 * real reader.
 */
final class FlatJsonEvents {
    private static final Pattern MEMBER = Pattern.compile("\\s*\"([^\"]*)\"\\s*:\\s*(\"([^\"\\\\]*)\"|[0-9]+)\\s*(,|$)");

    private FlatJsonEvents() {
    }

    static RuleEvent parse(String line) {
        String body = line.strip();
        if (!body.startsWith("{") || !body.endsWith("}")) {
            throw new IllegalArgumentException("not a JSON object: " + line);
        }
        Map<String, String> members = new LinkedHashMap<>();
        Matcher m = MEMBER.matcher(body.substring(1, body.length() - 1));
        int at = 0;
        while (at < m.regionEnd() && m.find(at) && m.start() == at) {
            members.put(m.group(1), m.group(2));
            at = m.end();
        }
        if (at != m.regionEnd()) {
            throw new IllegalArgumentException("cannot read member at " + at + ": " + line);
        }
        String eventName = unquote(members.remove("event"));
        EventType type = EventType.bySpelling(eventName);
        if (type == null) {
            throw new IllegalArgumentException("unknown event " + eventName);
        }
        members.remove("agent");
        RuleEvent.Builder b = RuleEvent.builder(type);
        members.forEach((key, value) -> {
            Operand o = Operand.bySpelling(key);
            if (o == null) {
                throw new IllegalArgumentException("unknown operand " + key + " in " + line);
            }
            if (o.type() == ValueType.TEXT) {
                b.text(o, unquote(value));
            } else {
                b.number(o, Long.parseLong(value));
            }
        });
        return b.build();
    }

    private static String unquote(String json) {
        if (json == null || !json.startsWith("\"")) {
            throw new IllegalArgumentException("expected a string, found " + json);
        }
        return json.substring(1, json.length() - 1);
    }
}
