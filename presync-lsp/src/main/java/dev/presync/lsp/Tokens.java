package dev.presync.lsp;

import dev.presync.compiler.syntax.Lexeme;
import dev.presync.compiler.syntax.Lexeme.Kind;
import java.util.List;

/** The token under a position, and the token before it, for hover and go to definition. */
final class Tokens {
    private Tokens() {
    }

    /** The index of the token (not comment) the offset is in or touches the end of; -1 when none. */
    static int at(List<Lexeme> lexemes, int offset) {
        int touching = -1;
        for (int i = 0; i < lexemes.size(); i++) {
            Lexeme l = lexemes.get(i);
            if (l.span().offset() > offset) {
                break;
            }
            if (l.kind() != Kind.COMMENT && offset < l.end()) {
                return i;
            }
            if (l.kind() != Kind.COMMENT && offset == l.end()) {
                touching = i;
            }
        }
        return touching;
    }

    /** The token before index {@code i}, comments skipped; null at the start. */
    static Lexeme before(List<Lexeme> lexemes, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (lexemes.get(j).kind() != Kind.COMMENT) {
                return lexemes.get(j);
            }
        }
        return null;
    }

    /** A rule name as written (a word, or a string's value) as the tree holds it. */
    static String name(Lexeme token) {
        return token.kind() == Kind.IDENT ? token.text() : Vocabulary.unquoted(token);
    }
}
