package dev.presync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A sync loop that lint proves statically is the one the engine meets at run time: replaying the
 * loop's starting event with {@code --fire-on-echo} ends in the engine's Oscillation, naming the
 * same rules.
 */
class LintSyncLoopReplayTest {
    private static final String RULES = "src/test/resources/golden/replay/oscillation.rules";
    private static final String CONNECT = "src/test/resources/golden/replay/oscillation.connect.jsonl";

    @Test
    void theLoopLintReportsIsTheOscillationReplayStops() throws IOException {
        CliRun lint = CliRun.of("lint", "--format", "json", RULES);
        assertEquals(1, lint.exit(), lint::err);
        String finding = lint.out().lines().filter(l -> l.contains("\"id\":\"sync-loop\"")).findFirst().orElseThrow();
        Set<String> lintRules = names(finding, Pattern.compile("rule '([A-Za-z]+)'"));
        Matcher start = Pattern.compile("starting from ConnectAgentStateChange\\(ConnectNewState: '([A-Za-z]+)'\\)").matcher(finding);
        assertTrue(start.find(), finding);

        // The replay input's first record is an agent going to the loop's starting status.
        String firstRecord = Files.readAllLines(Path.of(CONNECT)).get(0);
        assertTrue(firstRecord.contains("\"Name\":\"" + start.group(1) + "\""), firstRecord);
        Path one = Files.createTempFile("presync-loop", ".jsonl");
        try {
            Files.writeString(one, firstRecord + "\n");
            CliRun replay = CliRun.of("replay", RULES, "--connect", one.toString(), "--fire-on-echo");
            String oscillation = replay.out().lines().filter(l -> l.contains("\"oscillation\"")).findFirst().orElseThrow();
            Matcher rules = Pattern.compile("\"rules\":\\[([^\\]]*)\\]").matcher(oscillation);
            assertTrue(rules.find(), oscillation);
            assertEquals(lintRules, names(rules.group(1), Pattern.compile("\"([A-Za-z]+)\"")));
        } finally {
            Files.deleteIfExists(one);
        }
    }

    private static Set<String> names(String text, Pattern p) {
        Set<String> out = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        assertTrue(out.size() >= 2, () -> "no rules named in " + text);
        return out;
    }
}
