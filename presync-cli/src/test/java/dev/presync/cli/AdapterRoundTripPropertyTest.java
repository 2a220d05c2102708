package dev.presync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.compiler.syntax.RuleNames;
import dev.presync.runtime.Action;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import dev.presync.runtime.ValueType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 item 7: export then import of a random rule set, of every shape the adapter can express
 * (operand against a value, operand against operand, value against value, a logout rule without a
 * condition; names that are keywords, padded with spaces or quoted; inactive rules), gives back
 * rules that take the same actions on random events, in CSV and in JSON.
 */
class AdapterRoundTripPropertyTest {
    private static final List<String> TEXTS = List.of("Lunch", "lunch", " Lunch", "Lunch ", "Offline", "Available", "a'b",
            "back\\slash", "ünï", "");
    private static final List<String> NUMBERS = List.of("0", "1", "3", "9", "10", "50", "66.5", "100");
    private static final List<String> COMPARATORS = List.of("==", "!=", "<", "<=", ">", ">=");
    private static final List<String> NAMES = List.of("Plain", "test", "given", "expect", "nothing", "from", "rule", "on",
            "when", "set", "not", "and", "or", "inactive", "status", "channels", " Lead", "Trail ", " both ", "two words",
            "it's", "back\\slash", "9lives", "Ünïcode");
    private static final List<String> STATES = List.of("Lunch", "Break", " Padded ", "it's", "Available_All", "Ünï");

    @TempDir
    Path dir;

    @Test
    void exportThenImportKeepsWhatEveryRuleDoes() {
        qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            String rules = ruleSet(random);
            Compilation original = PresyncCompiler.compile("original.rules", rules);
            assertFalse(original.hasErrors(), rules + original.render());
            for (String format : List.of("csv", "json")) {
                Compilation back = roundTrip(rules, format);
                assertFalse(back.hasErrors(), back.render());
                RuleSet before = PresyncCompiler.interpret(original);
                RuleSet after = PresyncCompiler.interpret(back);
                for (int i = 0; i < 40; i++) {
                    RuleEvent event = event(random);
                    assertEquals(normalised(before.evaluate(event), "original.rules"), normalised(after.evaluate(event), "back.rules"),
                            format + " round trip of\n" + rules + "on " + event);
                }
            }
        });
    }

    @Test
    void everyKeywordOfTheGrammarIsQuotedAndComesBackAsTheSameName() {
        for (String keyword : List.of("test", "given", "expect", "nothing", "from", "rule", "on", "when", "set", "not",
                "and", "or", "inactive", "status", "channels")) {
            assertTrue(RuleNames.isKeyword(keyword), keyword);
            assertEquals("'" + keyword + "'", RuleNames.write(keyword));
        }
        assertEquals("Lunch", RuleNames.write("Lunch"));
        assertEquals("' Lunch '", RuleNames.write(" Lunch "));
    }

    @Test
    void twoTextsThatLookLikeNumbersAreRefusedByExportNotTurnedIntoNumbers() {
        String rules = TempFiles.write(dir, "texts.rules", "rule T on ConnectAgentStateChange when '10' < '9' set Salesforce 'X'\n");
        CliRun export = CliRun.of("export", rules);
        assertEquals(1, export.exit());
        assertTrue(export.err().contains("rule T cannot be exported: it compares two texts that look like numbers"), export.err());
    }

    /** Exports {@code rules} in {@code format}, imports the records, and compiles what came back. */
    private Compilation roundTrip(String rules, String format) {
        try {
            Path source = dir.resolve("original.rules");
            Files.writeString(source, rules);
            Path records = dir.resolve("records." + format);
            CliRun export = CliRun.of("export", "--format", format, "-o", records.toString(), source.toString());
            assertEquals(0, export.exit(), export.err());
            Path back = dir.resolve("back.rules");
            CliRun imported = CliRun.of("import", "-o", back.toString(), records.toString());
            assertEquals(0, imported.exit(), imported.err());
            return PresyncCompiler.compile(back, "back.rules");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Actions with an unnamed rule's label (its file and line) replaced, as the line changes on import. */
    private static List<String> normalised(List<Action> actions, String file) {
        return actions.stream().map(a -> a.destination().spelling() + " '" + a.state() + "' from "
                + (a.rule().startsWith(file + ":") ? "<unnamed>" : a.rule())).toList();
    }

    private static String ruleSet(Random random) {
        List<String> names = new ArrayList<>(NAMES);
        Collections.shuffle(names, random);
        StringBuilder out = new StringBuilder();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            EventType event = pick(random, List.of(EventType.values()));
            if (random.nextInt(4) == 0) {
                out.append("inactive ");
            }
            if (random.nextInt(4) != 0) {
                out.append("rule ").append(RuleNames.write(names.get(i))).append(' ');
            }
            out.append("on ").append(event.spelling());
            if (event != EventType.SALESFORCE_AGENT_LOGOUT) {
                out.append(" when ").append(comparison(random, event));
            }
            out.append(" set ").append(random.nextBoolean() ? "Salesforce" : "Connect").append(' ')
                    .append(quoted(pick(random, STATES))).append('\n');
        }
        return out.toString();
    }

    /** One comparison the adapter can express, well typed, of operands the event carries. */
    private static String comparison(Random random, EventType event) {
        List<Operand> carried = new ArrayList<>(event.carries());
        Operand a = pick(random, carried);
        String op = pick(random, COMPARATORS);
        switch (random.nextInt(3)) {
            case 0 -> {
                String value = a.type() == ValueType.NUMBER ? pick(random, NUMBERS) : quoted(pick(random, TEXTS));
                return random.nextBoolean() ? a.spelling() + " " + op + " " + value : value + " " + op + " " + a.spelling();
            }
            case 1 -> {
                List<Operand> sameType = carried.stream().filter(o -> o.type() == a.type()).toList();
                return a.spelling() + " " + op + " " + pick(random, sameType).spelling();
            }
            default -> {
                if (random.nextBoolean()) {
                    return pick(random, NUMBERS) + " " + op + " " + pick(random, NUMBERS);
                }
                List<String> texts = TEXTS.stream().filter(t -> !t.matches("[0-9]+(\\.[0-9]+)?")).toList();
                return quoted(pick(random, texts)) + " " + op + " " + quoted(pick(random, texts));
            }
        }
    }

    private static RuleEvent event(Random random) {
        EventType type = pick(random, List.of(EventType.values()));
        RuleEvent.Builder builder = RuleEvent.builder(type);
        for (Operand o : type.carries()) {
            if (o.isDerived() || random.nextInt(5) == 0
                    || type == EventType.SALESFORCE_AGENT_LOGOUT && o == Operand.SALESFORCE_NEW_STATE) {
                continue;
            }
            if (o.type() == ValueType.NUMBER) {
                builder.number(o, random.nextInt(12));
            } else {
                builder.text(o, pick(random, TEXTS));
            }
        }
        return builder.build();
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
