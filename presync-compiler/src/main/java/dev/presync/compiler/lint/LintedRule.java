package dev.presync.compiler.lint;

import dev.presync.compiler.ast.RuleDecl;
import dev.presync.compiler.ast.Span;
import dev.presync.compiler.checked.CheckedRule;

/** A checked rule with where it is written: findings point at the rule and name it. */
record LintedRule(CheckedRule rule, RuleDecl decl) {

    /** From {@code rule} (or {@code inactive}) to the target status. */
    Span span() {
        return decl.span();
    }

    /** {@code rule 'LunchToSalesforce' (line 3)}, or {@code the rule at line 3} when it has no name. */
    String describe() {
        return decl.name() != null ? "rule '" + decl.name().text() + "' (line " + rule.line() + ")"
                : "the rule at line " + rule.line();
    }

    /** {@code Salesforce 'Lunch'}. */
    String target() {
        return rule.destination().spelling() + " '" + rule.state() + "'";
    }
}
