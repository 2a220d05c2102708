package dev.presync.compiler.checked;

import dev.presync.runtime.Operand;

/** A resolved side of a comparison: an operand read from the event, or a typed literal. */
public sealed interface Term {
    record Field(Operand operand) implements Term {
        @Override
        public String toString() {
            return operand.spelling();
        }
    }

    record Text(String value) implements Term {
        @Override
        public String toString() {
            return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
    }

    record Number(Rational value) implements Term {
        @Override
        public String toString() {
            return value.toString();
        }
    }
}
