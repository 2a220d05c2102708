package dev.presync.compiler.ast;

import java.util.List;

/** What a rule file says: its rules in source order and its catalog entries. */
public record RuleFile(List<RuleDecl> rules, List<StatusDecl> statuses) {
    public RuleFile {
        rules = List.copyOf(rules);
        statuses = List.copyOf(statuses);
    }
}
