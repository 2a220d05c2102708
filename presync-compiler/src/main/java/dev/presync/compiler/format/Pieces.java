package dev.presync.compiler.format;

import dev.presync.compiler.syntax.Lexeme;
import java.util.ArrayList;
import java.util.List;

/**
 * Attaches every comment to a token: a comment that shares its line with the token before it
 * trails that token; a comment on a line of its own leads the next token (or the end of file).
 */
final class Pieces {
    private Pieces() {
    }

    /** The tokens as pieces; the last piece, with a null token, holds the comments at the end. */
    static List<Piece> attach(String text, List<Lexeme> lexemes) {
        List<Piece> pieces = new ArrayList<>();
        List<Piece.Note> leading = new ArrayList<>();
        int lastEnd = -1;
        for (Lexeme lexeme : lexemes) {
            boolean blank = lastEnd >= 0 && lineBreaks(text, lastEnd, lexeme.span().offset()) >= 2;
            if (lexeme.kind() == Lexeme.Kind.COMMENT) {
                Piece previous = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
                if (leading.isEmpty() && previous != null && previous.trailing() == null
                        && lineBreaks(text, lastEnd, lexeme.span().offset()) == 0) {
                    pieces.set(pieces.size() - 1, previous.withTrailing(lexeme));
                } else {
                    leading.add(new Piece.Note(lexeme, blank));
                }
            } else {
                pieces.add(new Piece(lexeme, leading, null, blank));
                leading.clear();
            }
            lastEnd = lexeme.end();
        }
        boolean blank = lastEnd >= 0 && !leading.isEmpty()
                && lineBreaks(text, lastEnd, leading.get(0).comment().span().offset()) >= 2;
        pieces.add(new Piece(null, leading, null, blank));
        return pieces;
    }

    /** Line ends between two offsets; CRLF counts once. */
    static int lineBreaks(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        return count;
    }
}
