package dev.presync.compiler.check;

import dev.presync.compiler.ast.Expr;
import dev.presync.compiler.ast.Name;
import dev.presync.compiler.ast.RuleDecl;
import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.diag.Diagnostics;
import dev.presync.compiler.diag.Suggestions;
import dev.presync.compiler.source.SourceFile;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;
import java.util.Arrays;
import java.util.List;

/** Checks one rule: its event, destination, target status and condition. */
final class RuleChecker {
    private static final List<String> EVENT_NAMES = Arrays.stream(EventType.values()).map(EventType::spelling).toList();
    private static final List<String> DESTINATION_NAMES =
            Arrays.stream(Destination.values()).map(Destination::spelling).toList();

    private final SourceFile source;
    private final Diagnostics diagnostics;
    private final StatusNames statusNames;
    private final RuleLints lints;

    RuleChecker(SourceFile source, Diagnostics diagnostics, Catalog catalog) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.statusNames = new StatusNames(catalog, diagnostics);
        this.lints = new RuleLints(diagnostics);
    }

    /** The checked rule, or null when the rule has an error (all of which are reported). */
    CheckedRule check(RuleDecl rule, int index) {
        int errorsBefore = diagnostics.errorCount();
        EventType event = event(rule.event());
        Destination destination = destination(rule.destination());
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

    private EventType event(Name name) {
        EventType event = EventType.bySpelling(name.text());
        if (event == null) {
            String suggestion = Suggestions.closest(name.text(), EVENT_NAMES);
            diagnostics.error(name.span(), "unknown-event",
                    "unknown event '" + name.text() + "'" + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"),
                    suggestion == null ? "events are " + String.join(", ", EVENT_NAMES) : null);
        }
        return event;
    }

    private Destination destination(Name name) {
        Destination destination = Destination.bySpelling(name.text());
        if (destination == null) {
            diagnostics.error(name.span(), "unknown-destination",
                    "unknown destination '" + name.text() + "'" + Suggestions.didYouMean(name.text(), DESTINATION_NAMES),
                    "a rule sets the status in Salesforce or in Connect");
        }
        return destination;
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
