package dev.presync.compiler.ast;

import java.math.BigDecimal;

/** One side of a comparison: an operand name or a static value. */
public sealed interface Expr {
    Span span();

    /** A name in value position; the checker resolves it to an operand. */
    record OperandRef(Name name) implements Expr {
        @Override
        public Span span() {
            return name.span();
        }
    }

    /** A single-quoted string, escapes already resolved. */
    record StringLit(String value, Span span) implements Expr {
    }

    /** A decimal number such as {@code 12} or {@code 50.5}, exact. */
    record NumberLit(BigDecimal value, Span span) implements Expr {
    }
}
