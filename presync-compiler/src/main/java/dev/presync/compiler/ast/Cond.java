package dev.presync.compiler.ast;

import java.util.List;

/** A rule's condition as written. {@code and} and {@code or} chains are flattened. */
public sealed interface Cond {
    Span span();

    record Compare(Expr left, Comparator op, Span opSpan, Expr right) implements Cond {
        @Override
        public Span span() {
            return left.span().to(right.span());
        }
    }

    record Not(Cond operand, Span span) implements Cond {
    }

    /** Two or more conditions that must all hold. */
    record And(List<Cond> operands, Span span) implements Cond {
        public And {
            operands = List.copyOf(operands);
        }
    }

    /** Two or more conditions of which one must hold. */
    record Or(List<Cond> operands, Span span) implements Cond {
        public Or {
            operands = List.copyOf(operands);
        }
    }
}
