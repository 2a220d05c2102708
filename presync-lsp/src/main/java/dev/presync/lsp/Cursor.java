package dev.presync.lsp;

import dev.presync.compiler.syntax.Lexeme;
import dev.presync.compiler.syntax.Lexeme.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the cursor is, as the tokens around it tell: the word or string it is in, and the tokens
 * before that, comments left out. Works on any text, however broken, since it reads only tokens.
 */
final class Cursor {
    private final List<Lexeme> before;
    private final Lexeme at;

    private Cursor(List<Lexeme> before, Lexeme at) {
        this.before = before;
        this.at = at;
    }

    /** The cursor at {@code offset}: {@link #at()} is the token it touches, if any. */
    static Cursor of(List<Lexeme> lexemes, int offset) {
        List<Lexeme> before = new ArrayList<>();
        Lexeme at = null;
        for (Lexeme l : lexemes) {
            int start = l.span().offset();
            if (start >= offset) {
                break;
            }
            if (l.end() >= offset) {
                at = l;
                break;
            }
            if (l.kind() != Kind.COMMENT) {
                before.add(l);
            }
        }
        return new Cursor(before, at);
    }

    /** The token the cursor is in or just after (a word being typed, a string), or null. */
    Lexeme at() {
        return at;
    }

    boolean inComment() {
        return at != null && at.kind() == Kind.COMMENT;
    }

    /** The cursor is inside quotes (an open string reaches the end of its line). */
    boolean inString(int offset) {
        if (at == null) {
            return false;
        }
        return at.kind() == Kind.UNTERMINATED_STRING || (at.kind() == Kind.STRING && offset < at.end());
    }

    /** The {@code n}th token before the cursor's word (1 is the closest), or null. */
    Lexeme back(int n) {
        int i = before.size() - n;
        return i >= 0 ? before.get(i) : null;
    }

    Kind backKind(int n) {
        Lexeme l = back(n);
        return l == null ? null : l.kind();
    }

    /** The nearest of the given kinds before the cursor, or null. */
    Lexeme last(Kind... kinds) {
        for (int i = before.size() - 1; i >= 0; i--) {
            for (Kind k : kinds) {
                if (before.get(i).kind() == k) {
                    return before.get(i);
                }
            }
        }
        return null;
    }

    /** The token right after the nearest {@code kind}, e.g. the event after {@code on}; null if none. */
    Lexeme after(Kind kind) {
        for (int i = before.size() - 2; i >= 0; i--) {
            if (before.get(i).kind() == kind) {
                return before.get(i + 1);
            }
        }
        return null;
    }
}
