package dev.presync.compiler.ast;

import java.util.List;

/** What a rule file says: its rules in source order, its catalog entries and its rule tests. */
public record RuleFile(List<RuleDecl> rules, List<StatusDecl> statuses, List<TestDecl> tests) {
    public RuleFile {
        rules = List.copyOf(rules);
        statuses = List.copyOf(statuses);
        tests = List.copyOf(tests);
    }

    public static RuleFile empty() {
        return new RuleFile(List.of(), List.of(), List.of());
    }
}
