package dev.presync.compiler.ast;

import java.util.List;

/**
 * A catalog entry: a status that exists in one of the two systems.
 *
 * @param kind {@code online} or {@code busy} for Salesforce, null when not written
 */
public record StatusDecl(Span span, Name system, Expr.StringLit name, Name kind, List<Expr.StringLit> channels) {
    public StatusDecl {
        channels = List.copyOf(channels);
    }
}
