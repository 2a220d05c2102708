package dev.presync.compiler.lint;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.compiler.ast.RuleFile;
import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.decide.Decider;
import dev.presync.compiler.diag.Diagnostic;
import dev.presync.compiler.diag.Diagnostics;
import dev.presync.compiler.interp.Interpreter;
import dev.presync.compiler.syntax.RuleParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * {@code presync lint} as a library: static analysis of one rule file that checked without
 * errors. Every finding is proved (a witness event, or the comparisons that contradict) by the
 * decision procedure of {@link Decider}, or, for sync loops, by a concrete run of the rules; what
 * cannot be decided is not reported. Front ends only render {@link LintReport#findings()}.
 */
public final class Linter {
    private Linter() {
    }

    /** Compiles and lints rule text. */
    public static LintReport lint(String name, String text) {
        return lint(PresyncCompiler.compile(name, text));
    }

    /** The findings for a compiled file; none when it has check errors (those are the report). */
    public static LintReport lint(Compilation compilation) {
        if (compilation.hasErrors()) {
            return new LintReport(compilation, List.of());
        }
        // The checked rules say what each rule means; the syntax tree says where it is written.
        RuleFile file = RuleParser.parse(compilation.source(), new Diagnostics());
        List<CheckedRule> checked = compilation.ruleSet().rules();
        if (file.rules().size() != checked.size()) {
            throw new IllegalStateException("checked rules and declarations differ in number");
        }
        List<LintedRule> all = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            all.add(new LintedRule(checked.get(i), file.rules().get(i)));
        }
        List<LintedRule> active = all.stream().filter(r -> r.rule().active()).toList();
        Decider decider = Decider.standard();
        Findings findings = new Findings();
        Set<LintedRule> dead = DeadRules.check(active, decider, findings);
        Overlaps.check(active, dead, decider, findings);
        SyncLoops.check(active, new Interpreter(compilation.ruleSet()), findings);
        if (!file.statuses().isEmpty()) {
            CatalogCoverage.check(file.statuses(), all, decider, findings);
        }
        List<Diagnostic> sorted = new ArrayList<>(findings.all());
        sorted.sort(Comparator.comparingInt(d -> d.span().offset()));
        List<Diagnostic> kept = new Acknowledgements(compilation.source()).apply(sorted, compilation.source().lines());
        kept.sort(Comparator.comparingInt(d -> d.span().offset()));
        return new LintReport(compilation, kept);
    }
}
