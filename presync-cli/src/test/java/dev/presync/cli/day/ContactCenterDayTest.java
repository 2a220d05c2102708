package dev.presync.cli.day;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.cli.Main;
import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.runtime.RuleSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A day of 1,000 agents replayed end to end through {@code presync replay} with the example rules:
 * every line is processed or reported, nothing oscillates, no command asks for a status its
 * target already has, and after each agent's quiet periods both systems show what the rules imply.
 */
class ContactCenterDayTest {
    private static final Path EXAMPLES = Path.of("src/test/resources/examples");
    private static final Pattern SUMMARY = Pattern.compile(
            "replay: (\\d+) input lines: (\\d+) events, (\\d+) ignored, (\\d+) bad; .*; (\\d+) oscillations");

    @TempDir
    Path dir;

    @Test
    void aThousandAgentsForADay() throws IOException {
        List<DayLine> day = DayGenerator.generate(1000, 20261124L);
        Path connect = dir.resolve("connect.jsonl");
        Path salesforce = dir.resolve("salesforce.jsonl");
        List<String> origins = write(day, connect, salesforce);
        Path rules = dir.resolve("examples.rules");
        StringBuilder all = new StringBuilder();
        for (String f : List.of("status-sync.rules", "workload.rules", "logout.rules")) {
            all.append(Files.readString(EXAMPLES.resolve(f), StandardCharsets.UTF_8)).append('\n');
        }
        Files.writeString(rules, all, StandardCharsets.UTF_8);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                "replay", rules.toString(), "--connect", connect.toString(), "--salesforce", salesforce.toString());

        assertEquals(1, exit, "the deliberately bad lines make the exit status 1");
        Matcher summary = SUMMARY.matcher(err.toString());
        assertTrue(summary.find(), err.toString().lines().limit(20).toList().toString());
        long ignored = day.stream().filter(l -> l.meaning() instanceof DayLine.Ignored).count();
        assertEquals(day.size(), Long.parseLong(summary.group(1)), "every line counted");
        assertEquals(day.size() - ignored - DayGenerator.BAD_LINES, Long.parseLong(summary.group(2)));
        assertEquals(ignored, Long.parseLong(summary.group(3)));
        assertEquals(DayGenerator.BAD_LINES, Long.parseLong(summary.group(4)));
        assertEquals(DayGenerator.BAD_LINES, err.toString().lines().filter(l -> l.contains(": error: ")).count());
        assertEquals(0, Long.parseLong(summary.group(5)), "no oscillation");
        assertFalse(out.toString().contains("\"oscillation\""));

        Compilation compilation = PresyncCompiler.compile("examples.rules", all.toString());
        assertFalse(compilation.hasErrors(), compilation.render());
        RuleSet ruleSet = PresyncCompiler.interpret(compilation);
        DayModel model = new DayModel(ruleSet, Commands.byCause(out.toString()));
        for (int i = 0; i < day.size(); i++) {
            model.apply(day.get(i), origins.get(i));
        }
        assertTrue(model.quietChecks() > 20_000, "quiet periods checked: " + model.quietChecks());
        assertEquals(0, model.unusedCommands(), "every command printed belongs to an input line");
        keepFiles(rules, connect, salesforce);
        System.out.printf("day: %d lines, %d commands, %d quiet periods checked%n", day.size(), model.commands(),
                model.quietChecks());
    }

    /** With -Dpresync.day.keep=DIR, copies the day's files there, to replay them by hand. */
    private static void keepFiles(Path... files) throws IOException {
        String keep = System.getProperty("presync.day.keep");
        if (keep != null) {
            Files.createDirectories(Path.of(keep));
            for (Path f : files) {
                Files.copy(f, Path.of(keep).resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Writes both streams; returns each line's origin as replay names it ({@code file:line}). */
    private static List<String> write(List<DayLine> day, Path connect, Path salesforce) throws IOException {
        List<String> origins = new ArrayList<>(day.size());
        int[] numbers = new int[2];
        try (Writer c = Files.newBufferedWriter(connect); Writer s = Files.newBufferedWriter(salesforce)) {
            for (DayLine l : day) {
                Writer w = l.file() == 0 ? c : s;
                w.write(l.text());
                w.write('\n');
                origins.add((l.file() == 0 ? connect : salesforce) + ":" + (++numbers[l.file()]));
            }
        }
        assertNotEquals(0, numbers[0]);
        return origins;
    }
}
