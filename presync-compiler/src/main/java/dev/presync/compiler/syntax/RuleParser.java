package dev.presync.compiler.syntax;

import dev.presync.compiler.ast.RuleFile;
import dev.presync.compiler.ast.Span;
import dev.presync.compiler.diag.Diagnostics;
import dev.presync.compiler.source.SourceFile;
import dev.presync.compiler.syntax.internal.PresyncLexer;
import dev.presync.compiler.syntax.internal.PresyncParser;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Text to AST. Syntax errors become diagnostics; the AST holds every declaration that parsed
 * whole, so the checker can still report on the rest of the file.
 */
public final class RuleParser {
    /** Larger sources are refused before lexing; the biggest real rule sets are a few MB. */
    public static final int MAX_CHARS = 64 * 1024 * 1024;

    private RuleParser() {
    }

    public static RuleFile parse(SourceFile source, Diagnostics diagnostics) {
        String text = source.text();
        if (text.length() > MAX_CHARS) {
            diagnostics.error(new Span(0, 0), "too-large",
                    "file is larger than " + (MAX_CHARS / (1024 * 1024)) + " MB of text");
            return RuleFile.empty();
        }
        TokenSpans spans = new TokenSpans(new CodePointOffsets(text), text.length());
        PresyncLexer lexer = new PresyncLexer(CharStreams.fromString(text, source.name()));
        lexer.removeErrorListeners();
        List<Token> tokens = new TokenScreen(spans, diagnostics).screen(lexer);
        if (tokens == null) {
            return RuleFile.empty();
        }
        Set<ParserRuleContext> broken = new HashSet<>();
        PresyncParser.FileContext tree = parseTwoStage(tokens, new SyntaxErrorStrategy(spans, diagnostics, broken));
        return new AstBuilder(spans, diagnostics, broken).file(tree);
    }

    /**
     * SLL prediction first, which is faster and right for every valid file here; only when it
     * fails, parse again with full LL and error recovery, so messages come from the exact parser.
     */
    private static PresyncParser.FileContext parseTwoStage(List<Token> tokens, SyntaxErrorStrategy recovering) {
        CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(tokens));
        PresyncParser parser = new PresyncParser(stream);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.file();
        } catch (ParseCancellationException sllFailed) {
            stream.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(recovering);
            return parser.file();
        }
    }
}
