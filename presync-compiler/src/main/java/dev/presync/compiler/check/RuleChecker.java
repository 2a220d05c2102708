package dev.presync.compiler.check;

import dev.presync.compiler.ast.Expr;
import dev.presync.compiler.ast.RuleDecl;
import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.diag.Diagnostics;
import dev.presync.compiler.source.SourceFile;
import dev.presync.runtime.ConnectSystemStatus;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;

/** Checks one rule: its event, destination, target status and condition. */
final class RuleChecker {
    private final SourceFile source;
    private final Diagnostics diagnostics;
    private final StatusNames statusNames;
    private final RuleLints lints;
    private final NameResolver names;

    RuleChecker(SourceFile source, Diagnostics diagnostics, Catalog catalog) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.statusNames = new StatusNames(catalog, diagnostics);
        this.lints = new RuleLints(diagnostics);
        this.names = new NameResolver(diagnostics);
    }

    /** The checked rule, or null when the rule has an error (all of which are reported). */
    CheckedRule check(RuleDecl rule, int index) {
        int errorsBefore = diagnostics.errorCount();
        EventType event = names.event(rule.event());
        Destination destination = names.destination(rule.destination());
        String state = rule.state().value();
        checkState(rule.state(), destination);
        Condition condition = rule.condition() == null
                ? new Condition.Always()
                : new ConditionResolver(diagnostics, statusNames, event).resolve(rule.condition());
        if (diagnostics.errorCount() > errorsBefore) {
            return null;
        }
        lints.check(rule, event, destination, condition);
        if (diagnostics.errorCount() > errorsBefore) {
            return null;
        }
        int line = source.lines().line(rule.span().offset());
        String label = rule.name() != null ? rule.name().text() : source.name() + ":" + line;
        return new CheckedRule(index, label, line, !rule.inactive(), event, condition, destination, state);
    }

    private void checkState(Expr.StringLit state, Destination destination) {
        if (state.value().isEmpty()) {
            diagnostics.error(state.span(), "empty-state", "the target status is empty",
                    "name the status to set, e.g. 'Lunch'");
            return;
        }
        if (destination == Destination.CONNECT && ConnectSystemStatus.is(state.value())) {
            diagnostics.error(state.span(), "system-status",
                    "cannot set Connect to '" + state.value() + "': it is a Connect system status, "
                            + "which rules may match but never set",
                    "Connect sets " + String.join(", ", ConnectSystemStatus.NAMES) + " itself");
            return;
        }
        if (destination != null) {
            statusNames.checkStatus(destination, state.value(), state.span());
        }
    }
}
