package dev.presync.lsp;

import dev.presync.compiler.syntax.Lexeme;
import dev.presync.compiler.syntax.Lexeme.Kind;
import dev.presync.runtime.Destination;
import dev.presync.runtime.Operand;

/**
 * A place where a status name goes, and whose: after {@code set DESTINATION} or in an expected
 * action, the destination's; after a comparator, the system of the state operand before it, or
 * the channels after {@code SalesforceServiceChannel}.
 *
 * @param system the system whose statuses fit, or null for either
 * @param channels service channel names fit, not statuses
 */
record StatusPlace(Destination system, boolean channels) {
    /** The place the cursor is at, from the tokens before its word or string; null when no status goes there. */
    static StatusPlace before(Cursor cursor) {
        Lexeme one = cursor.back(1);
        if (one == null) {
            return null;
        }
        Kind two = cursor.backKind(2);
        if (one.kind() == Kind.IDENT && (two == Kind.SET || two == Kind.EXPECT || two == Kind.COMMA)) {
            Destination d = Destination.bySpelling(one.text());
            return d == null ? null : new StatusPlace(d, false);
        }
        if (one.kind().isComparator()) {
            Operand operand = Vocabulary.operand(cursor.back(2));
            if (operand != null && operand.spelling().equals("SalesforceServiceChannel")) {
                return new StatusPlace(null, true);
            }
            Destination system = Vocabulary.systemOf(operand);
            return system == null ? null : new StatusPlace(system, false);
        }
        return null;
    }
}
