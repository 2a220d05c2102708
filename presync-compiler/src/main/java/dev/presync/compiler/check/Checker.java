package dev.presync.compiler.check;

import dev.presync.compiler.ast.RuleDecl;
import dev.presync.compiler.ast.RuleFile;
import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.checked.CheckedTest;
import dev.presync.compiler.diag.Diagnostics;
import dev.presync.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * AST to checked rule set. Reports every error and warning of the file in one pass; the checked
 * rule set it returns is only meant to run when no error was reported.
 */
public final class Checker {
    private Checker() {
    }

    public static CheckedRuleSet check(SourceFile source, RuleFile file, Diagnostics diagnostics) {
        Catalog catalog = CatalogChecker.build(file.statuses(), diagnostics);
        RuleChecker rules = new RuleChecker(source, diagnostics, catalog);
        List<CheckedRule> checked = new ArrayList<>();
        Map<String, RuleDecl> byName = new HashMap<>();
        for (RuleDecl rule : file.rules()) {
            if (rule.name() != null) {
                RuleDecl first = byName.putIfAbsent(rule.name().text(), rule);
                if (first != null) {
                    diagnostics.warning(rule.name().span(), "duplicate-name",
                            "another rule is already named '" + rule.name().text() + "' (line "
                                    + source.lines().line(first.span().offset()) + ")",
                            "actions name the rule that fired; give each rule its own name");
                }
            }
            CheckedRule c = rules.check(rule, checked.size());
            if (c != null) {
                checked.add(c);
            }
        }
        List<CheckedTest> tests = new TestChecker(source, diagnostics, checked).check(file.tests());
        return new CheckedRuleSet(source.name(), checked, tests);
    }
}
