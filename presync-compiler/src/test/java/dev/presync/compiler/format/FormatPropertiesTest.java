package dev.presync.compiler.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.checked.CheckedTest;
import dev.presync.compiler.diag.Diagnostic;
import dev.presync.compiler.source.SourceFile;
import dev.presync.compiler.syntax.Lexeme;
import dev.presync.compiler.syntax.Lexemes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The formatter's contract on random rule files and on every rule file the project keeps (the
 * golden corpus and rules-examples): idempotent, the same checked rule set and diagnostics, the
 * same tokens in the same order (catalog lines first), and every comment beside the same token.
 */
class FormatPropertiesTest {
    private static final String NAME = "p.rules";

    @Test
    void randomFiles() {
        qt().withExamples(3000).forAll(RuleTextGen.files()).checkAssert(FormatPropertiesTest::holds);
    }

    @Test
    void everyKeptRuleFile() throws IOException {
        int formatted = 0;
        for (Path file : keptRuleFiles()) {
            byte[] bytes = Files.readAllBytes(file);
            Formatted f = Formatter.formatBytes(NAME, bytes);
            if (f.refused()) {
                assertTrue(f.diagnostics().stream().anyMatch(Diagnostic::isError), file::toString);
                assertTrue(PresyncCompiler.compileBytes(NAME, bytes).hasErrors(), file::toString);
            } else {
                holds(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                formatted++;
            }
        }
        assertTrue(formatted >= 40, "only " + formatted + " files formatted");
    }

    static void holds(String text) {
        Formatted once = Formatter.format(NAME, text);
        if (once.refused()) {
            assertTrue(PresyncCompiler.compile(NAME, strip(text)).hasErrors(), text);
            return;
        }
        Formatted twice = Formatter.format(NAME, once.text());
        assertEquals(once.text(), twice.text(), () -> "not idempotent for:\n" + text);
        assertEquals(text.startsWith("\uFEFF"), once.text().startsWith("\uFEFF"));
        assertEquals(Formatter.lineEnd(strip(text)), Formatter.lineEnd(strip(once.text())));
        assertSameMeaning(strip(text), strip(once.text()));
        assertEquals(tokens(strip(text)), tokens(strip(once.text())), text);
        assertEquals(attachments(strip(text)), attachments(strip(once.text())), text);
    }

    private static void assertSameMeaning(String before, String after) {
        Compilation a = PresyncCompiler.compile(NAME, before);
        Compilation b = PresyncCompiler.compile(NAME, after);
        assertEquals(codes(a), codes(b), () -> before + "\n---\n" + after);
        assertEquals(a.hasErrors(), b.hasErrors());
        if (!a.hasErrors()) {
            // Runtime events have no equals; their text shows every field.
            assertEquals(normal(a.ruleSet()).toString(), normal(b.ruleSet()).toString(), () -> before + "\n---\n" + after);
        }
    }

    /** Diagnostic codes and severities; messages may name lines, which move. */
    private static List<String> codes(Compilation c) {
        return c.diagnostics().stream().map(d -> d.severity() + " " + d.code()).sorted().toList();
    }

    /** The rule set with the lines left out: an unnamed rule is labelled by its line, which moves. */
    private static CheckedRuleSet normal(CheckedRuleSet set) {
        List<CheckedRule> rules = set.rules().stream()
                .map(r -> new CheckedRule(r.index(), r.label().startsWith(NAME + ":") ? "" : r.label(), 0,
                        r.active(), r.event(), r.condition(), r.destination(), r.state()))
                .toList();
        List<CheckedTest> tests = set.tests().stream()
                .map(t -> new CheckedTest(t.name(), 0, t.event(), t.expected())).toList();
        return new CheckedRuleSet(set.sourceName(), rules, tests);
    }

    /** Token texts with catalog declarations moved first, as the layout puts them. */
    private static List<String> tokens(String text) {
        List<String> statuses = new ArrayList<>();
        List<String> others = new ArrayList<>();
        boolean inStatus = false;
        for (Lexeme l : Lexemes.of(new SourceFile(NAME, text))) {
            if (l.kind() == Lexeme.Kind.COMMENT) {
                continue;
            }
            if (l.kind() == Lexeme.Kind.STATUS) {
                inStatus = true;
            } else if (l.kind() == Lexeme.Kind.RULE || l.kind() == Lexeme.Kind.ON || l.kind() == Lexeme.Kind.INACTIVE
                    || l.kind() == Lexeme.Kind.TEST) {
                inStatus = false;
            }
            (inStatus ? statuses : others).add(l.text());
        }
        statuses.addAll(others);
        return statuses;
    }

    /** Each comment with the token it belongs to and on which side, in sorted order. */
    private static List<String> attachments(String text) {
        List<Piece> pieces = Pieces.attach(text, Lexemes.of(new SourceFile(NAME, text)));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            String token = p.token() == null ? "<end>" : p.token().text();
            int header = i == 0 ? headerSize(p) : 0;
            for (int j = 0; j < p.leading().size(); j++) {
                String owner = j < header ? "the top of the file" : token;
                out.add(p.leading().get(j).comment().text().stripTrailing() + " before " + owner);
            }
            if (p.trailing() != null) {
                out.add(p.trailing().text().stripTrailing() + " after " + token);
            }
        }
        out.sort(null);
        return out;
    }

    /** The opening comments a blank line keeps apart from the first declaration: they stay on top. */
    private static int headerSize(Piece first) {
        if (first.token() == null || first.blankBefore()) {
            return first.leading().size();
        }
        for (int j = first.leading().size() - 1; j > 0; j--) {
            if (first.leading().get(j).blankBefore()) {
                return j;
            }
        }
        return 0;
    }

    private static String strip(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static List<Path> keptRuleFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources"), Path.of("../rules-examples"))) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> p.toString().endsWith(".rules")).sorted().forEach(files::add);
            }
        }
        assertFalse(files.isEmpty());
        return files;
    }
}
