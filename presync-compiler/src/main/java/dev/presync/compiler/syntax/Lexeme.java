package dev.presync.compiler.syntax;

import dev.presync.compiler.ast.Span;

/**
 * One token of a rule file as an editor sees it, comments included: what kind it is, where, and
 * its text exactly as written. The formatter lays these out and the language server reads the
 * cursor's context from them, so neither needs ANTLR's types.
 */
public record Lexeme(Kind kind, Span span, String text) {
    /** The grammar's token kinds, plus {@link #COMMENT}; {@link #OTHER} for anything the parser refuses. */
    public enum Kind {
        RULE, ON, WHEN, SET, NOT, AND, OR, INACTIVE, STATUS, CHANNELS, TEST, GIVEN, EXPECT, NOTHING, FROM,
        EQ, NE, GE, LE, GT, LT, LPAREN, RPAREN, COMMA, COLON,
        NUMBER, IDENT, STRING, UNTERMINATED_STRING, COMMENT, OTHER;

        /** True for the six comparators. */
        public boolean isComparator() {
            return this == EQ || this == NE || this == GE || this == LE || this == GT || this == LT;
        }

        /** True for the words the grammar reserves. */
        public boolean isKeyword() {
            return ordinal() <= FROM.ordinal();
        }
    }

    public int end() {
        return span.end();
    }
}
