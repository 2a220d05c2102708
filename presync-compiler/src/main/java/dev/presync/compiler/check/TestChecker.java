package dev.presync.compiler.check;

import dev.presync.compiler.EventFields;
import dev.presync.compiler.ast.Expr;
import dev.presync.compiler.ast.TestDecl;
import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.CheckedTest;
import dev.presync.compiler.diag.Diagnostics;
import dev.presync.compiler.diag.Suggestions;
import dev.presync.compiler.source.SourceFile;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks rule tests: the event and its values must be one the two systems could send, and an
 * expected action's {@code from} must name a rule of the file.
 */
final class TestChecker {
    private final SourceFile source;
    private final Diagnostics diagnostics;
    private final NameResolver names;
    private final List<String> ruleLabels;

    TestChecker(SourceFile source, Diagnostics diagnostics, List<CheckedRule> rules) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.names = new NameResolver(diagnostics);
        this.ruleLabels = rules.stream().map(CheckedRule::label).toList();
    }

    List<CheckedTest> check(List<TestDecl> tests) {
        List<CheckedTest> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TestDecl test : tests) {
            if (!seen.add(test.name().text())) {
                diagnostics.warning(test.name().span(), "duplicate-test", "another test is already named '"
                        + test.name().text() + "'");
            }
            CheckedTest c = check(test);
            if (c != null) {
                checked.add(c);
            }
        }
        return checked;
    }

    private CheckedTest check(TestDecl test) {
        int errorsBefore = diagnostics.errorCount();
        EventType event = names.event(test.event());
        RuleEvent ruleEvent = event == null ? null : event(event, test.fields());
        List<CheckedTest.Expected> expected = new ArrayList<>();
        for (TestDecl.ExpectedAction a : test.expected()) {
            Destination destination = names.destination(a.destination());
            String rule = a.rule() == null ? null : a.rule().text();
            if (rule != null && !ruleLabels.contains(rule)) {
                diagnostics.error(a.rule().span(), "unknown-rule", "no rule is named '" + rule + "'"
                        + Suggestions.didYouMean(rule, ruleLabels));
            }
            if (destination != null) {
                expected.add(new CheckedTest.Expected(destination, a.state().value(), rule));
            }
        }
        if (diagnostics.errorCount() > errorsBefore) {
            return null;
        }
        return new CheckedTest(test.name().text(), source.lines().line(test.span().offset()), ruleEvent, expected);
    }

    /** Builds the test's event, reporting every bad field; null when any was bad. */
    private RuleEvent event(EventType type, List<TestDecl.Field> fields) {
        RuleEvent.Builder builder = RuleEvent.builder(type);
        Set<Operand> given = new HashSet<>();
        boolean ok = true;
        for (TestDecl.Field f : fields) {
            String problem = set(builder, type, f, given);
            if (problem != null) {
                diagnostics.error(f.name().span(), "bad-test-event", problem);
                ok = false;
            }
        }
        return ok ? builder.build() : null;
    }

    /** Sets one field; returns what is wrong with it, or null. */
    private static String set(RuleEvent.Builder builder, EventType type, TestDecl.Field f, Set<Operand> given) {
        String name = f.name().text();
        Operand operand = Operand.bySpelling(name);
        if (operand == null) {
            return EventFields.unknown(name, List.of());
        }
        if (!given.add(operand)) {
            return name + " is given twice";
        }
        String derived = EventFields.derivedComplaint(type, operand);
        if (derived != null) {
            return derived;
        }
        Expr value = f.value();
        if (value instanceof Expr.StringLit s) {
            return EventFields.set(builder, type, operand, s.value(), "the string '" + s.value() + "'");
        }
        Expr.NumberLit n = (Expr.NumberLit) value;
        return EventFields.set(builder, type, operand, n.value(), n.value().toPlainString());
    }
}
