package dev.presync.compiler.syntax;

import dev.presync.compiler.ast.Span;
import dev.presync.compiler.source.SourceFile;
import dev.presync.compiler.syntax.internal.PresyncLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * Lexes a source into {@link Lexeme}s, with the comments the parser skips put back in place.
 * The grammar skips comments, so they are recovered from the gaps between tokens: a gap holds only
 * white space and comments, and a comment runs from {@code #} to the end of its line.
 */
public final class Lexemes {
    private static final Lexeme.Kind[] KINDS = kinds();

    private Lexemes() {
    }

    /** Every token and comment of the source, in order. Never throws; bad characters are {@code OTHER}. */
    public static List<Lexeme> of(SourceFile source) {
        String text = source.text();
        CodePointOffsets offsets = new CodePointOffsets(text);
        PresyncLexer lexer = new PresyncLexer(CharStreams.fromString(text, source.name()));
        lexer.removeErrorListeners();
        List<Lexeme> out = new ArrayList<>();
        int previousEnd = 0;
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            int start = offsets.utf16(t.getStartIndex());
            int end = offsets.utf16(t.getStopIndex() + 1);
            comments(text, previousEnd, start, out);
            out.add(new Lexeme(kind(t.getType()), new Span(start, end - start), text.substring(start, end)));
            previousEnd = end;
        }
        comments(text, previousEnd, text.length(), out);
        return out;
    }

    private static void comments(String text, int from, int to, List<Lexeme> out) {
        int i = from;
        while (i < to) {
            if (text.charAt(i) == '#') {
                int end = i;
                while (end < to && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                out.add(new Lexeme(Lexeme.Kind.COMMENT, new Span(i, end - i), text.substring(i, end)));
                i = end;
            } else {
                i++;
            }
        }
    }

    private static Lexeme.Kind kind(int type) {
        return type > 0 && type < KINDS.length && KINDS[type] != null ? KINDS[type] : Lexeme.Kind.OTHER;
    }

    private static Lexeme.Kind[] kinds() {
        Lexeme.Kind[] kinds = new Lexeme.Kind[PresyncLexer.VOCABULARY.getMaxTokenType() + 1];
        for (int type = 1; type < kinds.length; type++) {
            String name = PresyncLexer.VOCABULARY.getSymbolicName(type);
            for (Lexeme.Kind k : Lexeme.Kind.values()) {
                if (k.name().equals(name)) {
                    kinds[type] = k;
                }
            }
        }
        return kinds;
    }
}
