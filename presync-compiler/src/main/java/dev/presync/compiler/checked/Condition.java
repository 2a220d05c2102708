package dev.presync.compiler.checked;

import dev.presync.compiler.ast.Comparator;
import java.util.List;

/**
 * A checked condition: names resolved, types agreed, literals typed. The interpreter and the
 * bytecode back end both read this tree and nothing earlier.
 */
public sealed interface Condition {

    /** The condition of a rule without {@code when}. */
    record Always() implements Condition {
        @Override
        public String toString() {
            return "true";
        }
    }

    /** Both sides have the same value type. */
    record Compare(Term left, Comparator op, Term right) implements Condition {
        @Override
        public String toString() {
            return left + " " + op.symbol() + " " + right;
        }
    }

    record Not(Condition operand) implements Condition {
        @Override
        public String toString() {
            return "not (" + operand + ")";
        }
    }

    /** Holds when every operand holds; operands are evaluated left to right. */
    record All(List<Condition> operands) implements Condition {
        public All {
            operands = List.copyOf(operands);
        }

        @Override
        public String toString() {
            return "(" + String.join(" and ", operands.stream().map(Object::toString).toList()) + ")";
        }
    }

    /** Holds when some operand holds; operands are evaluated left to right. */
    record Any(List<Condition> operands) implements Condition {
        public Any {
            operands = List.copyOf(operands);
        }

        @Override
        public String toString() {
            return "(" + String.join(" or ", operands.stream().map(Object::toString).toList()) + ")";
        }
    }
}
