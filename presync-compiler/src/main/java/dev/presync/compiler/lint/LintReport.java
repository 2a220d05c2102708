package dev.presync.compiler.lint;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.diag.Diagnostic;
import dev.presync.compiler.diag.Severity;
import java.util.List;

/**
 * The findings for one file, in source order, acknowledged ones left out. When the file has
 * check errors there are no findings: {@code compilation}'s diagnostics are the report.
 */
public record LintReport(Compilation compilation, List<Diagnostic> findings) {
    public LintReport {
        findings = List.copyOf(findings);
    }

    /** True when some finding is at {@code level} or more severe (errors are most severe). */
    public boolean hasFindingAtOrAbove(Severity level) {
        return findings.stream().anyMatch(d -> d.severity().ordinal() <= level.ordinal());
    }
}
