package dev.presync.cli.day;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The command lines replay printed, grouped by the input line that caused them (echoes included). */
final class Commands {
    /** One command as printed. */
    record Command(String agent, String destination, String state, String rule) {
    }

    private static final Pattern LINE = Pattern.compile(
            "\\{\"time\":\"[^\"]*\",\"agent\":\"([^\"]*)\",\"destination\":\"([^\"]*)\",\"state\":\"([^\"]*)\","
                    + "\"rule\":\"([^\"]*)\",\"cause\":\\{\"input\":\"(?:echo of )?([^\"]*)\"");

    private Commands() {
    }

    static Map<String, Deque<Command>> byCause(String output) {
        Map<String, Deque<Command>> byCause = new HashMap<>();
        output.lines().forEach(line -> {
            Matcher m = LINE.matcher(line);
            if (!m.lookingAt()) {
                throw new AssertionError("not a command line: " + line);
            }
            byCause.computeIfAbsent(m.group(5), k -> new ArrayDeque<>())
                    .add(new Command(m.group(1), m.group(2), m.group(3), m.group(4)));
        });
        return byCause;
    }
}
