package dev.presync.compiler.ast;

/**
 * One rule as written.
 *
 * @param name the rule's name, or null when it has none
 * @param condition the {@code when} clause, or null when the rule always fires for its event
 */
public record RuleDecl(Span span, boolean inactive, Name name, Name event, Cond condition,
                       Name destination, Expr.StringLit state) {
}
