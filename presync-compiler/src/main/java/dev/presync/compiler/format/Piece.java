package dev.presync.compiler.format;

import dev.presync.compiler.syntax.Lexeme;
import java.util.List;

/**
 * A token with the comments that belong to it: the comments on lines of their own just above it,
 * and the comment that ends its line. This is what keeps a comment next to what it was next to
 * when the layout around it changes.
 *
 * @param token the token, or null for the end of the file (which may carry comments of its own)
 * @param leading own-line comments before the token, in order
 * @param trailing the comment after the token on the same line, or null
 * @param blankBefore a blank line separated the token from what came before it
 */
record Piece(Lexeme token, List<Note> leading, Lexeme trailing, boolean blankBefore) {
    Piece {
        leading = List.copyOf(leading);
    }

    Piece withTrailing(Lexeme comment) {
        return new Piece(token, leading, comment, blankBefore);
    }

    Lexeme.Kind kind() {
        return token.kind();
    }

    /** An own-line comment, and whether a blank line separated it from what came before. */
    record Note(Lexeme comment, boolean blankBefore) {
    }
}
