package dev.presync.compiler.ruletest;

import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.checked.CheckedTest;
import dev.presync.runtime.Action;
import dev.presync.runtime.RuleSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a file's rule tests against a rule set (interpreted or compiled) and words the failures:
 * expected and actual actions, and where each rule that fired is written. The CLI's
 * {@code presync test} and the Maven plugin's {@code test} goal both print this.
 */
public final class RuleTestRunner {
    private RuleTestRunner() {
    }

    public static List<TestResult> run(CheckedRuleSet rules, RuleSet ruleSet) {
        List<TestResult> results = new ArrayList<>();
        for (CheckedTest test : rules.tests()) {
            results.add(new TestResult(test, ruleSet.evaluate(test.event())));
        }
        return results;
    }

    /** A failure, as several lines: where the test is, then expected and actual actions. */
    public static String describeFailure(CheckedRuleSet rules, TestResult result) {
        Map<String, CheckedRule> byLabel = new HashMap<>();
        rules.rules().forEach(r -> byLabel.putIfAbsent(r.label(), r));
        CheckedTest test = result.test();
        StringBuilder out = new StringBuilder();
        out.append("FAIL ").append(rules.sourceName()).append(':').append(test.line())
                .append(": test '").append(test.name()).append("'\n");
        out.append("  given:    ").append(test.event()).append('\n');
        out.append("  expected:").append(test.expected().isEmpty() ? " nothing" : "").append('\n');
        test.expected().forEach(e -> out.append("    ").append(e).append('\n'));
        out.append("  actual:").append(result.actual().isEmpty() ? " nothing" : "").append('\n');
        for (Action a : result.actual()) {
            CheckedRule rule = byLabel.get(a.rule());
            out.append("    ").append(a.destination().spelling()).append(" '").append(a.state()).append("' from ")
                    .append(a.rule());
            if (rule != null) {
                out.append(" (").append(rules.sourceName()).append(':').append(rule.line()).append(')');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The closing line: {@code N passed, N failed}. */
    public static String summary(int passed, int failed) {
        return passed + " passed, " + failed + " failed";
    }
}
