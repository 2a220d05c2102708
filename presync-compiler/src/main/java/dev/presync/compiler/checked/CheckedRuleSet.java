package dev.presync.compiler.checked;

import java.util.List;

/**
 * The checker's output for one file with no errors: every rule, active or not, in source order,
 * and the file's rule tests.
 *
 * @param sourceName the file's name as reported in diagnostics
 */
public record CheckedRuleSet(String sourceName, List<CheckedRule> rules, List<CheckedTest> tests) {
    public CheckedRuleSet {
        rules = List.copyOf(rules);
        tests = List.copyOf(tests);
    }

    /** A rule set without tests. */
    public CheckedRuleSet(String sourceName, List<CheckedRule> rules) {
        this(sourceName, rules, List.of());
    }

    /** The rules that can fire, in firing order. */
    public List<CheckedRule> activeRules() {
        return rules.stream().filter(CheckedRule::active).toList();
    }
}
