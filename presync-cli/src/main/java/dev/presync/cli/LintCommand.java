package dev.presync.cli;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.diag.Severity;
import dev.presync.compiler.lint.LintOutput;
import dev.presync.compiler.lint.LintReport;
import dev.presync.compiler.lint.Linter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code presync lint FILE...}: the lint library's findings, as text, JSON lines or SARIF. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Finds rules that never or always fire, redundant and duplicate rules, conflicts, sync loops and,"
                + " with a catalog, unmapped and unused statuses; prints them on stdout.",
                "Exit status: 0 no finding at or above --fail-on, 1 such a finding or check errors, 2 usage error."})
final class LintCommand implements Callable<Integer> {
    enum Format { text, json, sarif }

    enum FailOn { error, warning, note, never }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Rule files to lint.")
    List<String> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json (one object per finding per line) or sarif (SARIF 2.1.0). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding is at this level or above: error, warning, note or never. Default: ${DEFAULT-VALUE}.")
    FailOn failOn;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = Main.OK;
        List<LintReport> reports = new ArrayList<>();
        for (String file : files) {
            RuleFiles.Reported reported = RuleFiles.compileAndReport(file, err);
            exit = Math.max(exit, reported.exit());
            Compilation c = reported.compilation();
            if (c != null && !c.hasErrors()) {
                reports.add(Linter.lint(c));
            }
        }
        out.print(switch (format) {
            case text -> LintOutput.text(reports);
            case json -> LintOutput.json(reports);
            case sarif -> LintOutput.sarif(reports);
        });
        out.flush();
        Severity level = switch (failOn) {
            case error -> Severity.ERROR;
            case warning -> Severity.WARNING;
            case note -> Severity.NOTE;
            case never -> null;
        };
        if (level != null && reports.stream().anyMatch(r -> r.hasFindingAtOrAbove(level))) {
            exit = Math.max(exit, Main.INPUT_ERRORS);
        }
        return exit;
    }
}
