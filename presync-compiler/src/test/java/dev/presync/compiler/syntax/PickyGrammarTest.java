package dev.presync.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.presync.compiler.PresyncCompiler;
import dev.presync.compiler.syntax.internal.PresyncLexer;
import dev.presync.compiler.syntax.internal.PresyncParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.dfa.DFA;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Lucene's "picky" test: every valid rule file parses with exact ambiguity detection, and any
 * ambiguity the grammar has fails the test, so a grammar change cannot slip one in unnoticed.
 */
class PickyGrammarTest {

    @TestFactory
    Stream<DynamicTest> everyValidFileParsesWithoutAmbiguity() throws IOException {
        List<Path> files = validFiles();
        assertTrue(files.size() >= 10, "too few valid files found: " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), f.toUri(), () -> parsePicky(f)));
    }

    private static void parsePicky(Path file) throws IOException {
        PresyncLexer lexer = new PresyncLexer(CharStreams.fromPath(file));
        lexer.removeErrorListeners();
        lexer.addErrorListener(new Failing(file));
        PresyncParser parser = new PresyncParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(new Failing(file));
        parser.getInterpreter().setPredictionMode(PredictionMode.LL_EXACT_AMBIG_DETECTION);
        parser.file();
    }

    /** Files the compiler accepts with no error: the clean golden files and the examples. */
    private static List<Path> validFiles() throws IOException {
        List<Path> valid = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources/golden/diag"), Path.of("../rules-examples"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".rules")).sorted().toList()) {
                    if (!PresyncCompiler.compile(f, f.toString()).hasErrors()) {
                        valid.add(f);
                    }
                }
            }
        }
        return valid;
    }

    private static final class Failing extends BaseErrorListener {
        private final Path file;

        Failing(Path file) {
            this.file = file;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column, String msg,
                                RecognitionException e) {
            fail(file + ":" + line + ":" + column + ": " + msg);
        }

        @Override
        public void reportAmbiguity(Parser parser, DFA dfa, int startIndex, int stopIndex, boolean exact,
                                    BitSet ambigAlts, ATNConfigSet configs) {
            fail(file + ": ambiguity in rule " + parser.getRuleNames()[dfa.atnStartState.ruleIndex] + " over '"
                    + parser.getTokenStream().getText(parser.getTokenStream().get(startIndex),
                    parser.getTokenStream().get(stopIndex)) + "', alternatives " + ambigAlts);
        }
    }
}
