package dev.presync.compiler.checked;

import java.util.List;

/**
 * The checker's output for one file with no errors: every rule, active or not, in source order.
 *
 * @param sourceName the file's name as reported in diagnostics
 */
public record CheckedRuleSet(String sourceName, List<CheckedRule> rules) {
    public CheckedRuleSet {
        rules = List.copyOf(rules);
    }

    /** The rules that can fire, in firing order. */
    public List<CheckedRule> activeRules() {
        return rules.stream().filter(CheckedRule::active).toList();
    }
}
