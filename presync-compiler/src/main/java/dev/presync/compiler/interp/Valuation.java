package dev.presync.compiler.interp;

import dev.presync.runtime.Operand;

/**
 * Where a condition's operands get their values: a real event, or the checker's synthetic
 * assignments when it looks for conditions that are constant.
 */
public interface Valuation {
    /** A {@link String} for a text operand, a {@link dev.presync.compiler.checked.Rational} for a number, or null when missing. */
    Object valueOf(Operand operand);
}
