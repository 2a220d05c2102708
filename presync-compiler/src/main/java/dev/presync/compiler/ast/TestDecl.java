package dev.presync.compiler.ast;

import java.util.List;

/**
 * A rule test as written: an event and the exact actions expected from it (none for
 * {@code expect nothing}).
 */
public record TestDecl(Span span, Name name, Name event, List<Field> fields, List<ExpectedAction> expected) {
    public TestDecl {
        fields = List.copyOf(fields);
        expected = List.copyOf(expected);
    }

    /** One value of the event: {@code ConnectNewState: 'Lunch'}; the value is a string or number literal. */
    public record Field(Name name, Expr value) {
    }

    /** {@code Salesforce 'Lunch' from RuleName}; {@code rule} is null when not written. */
    public record ExpectedAction(Span span, Name destination, Expr.StringLit state, Name rule) {
    }
}
