package dev.presync.compiler;

import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.diag.Diagnostic;
import dev.presync.compiler.diag.DiagnosticRenderer;
import dev.presync.compiler.source.SourceFile;
import java.util.List;

/**
 * The result of compiling one source: its diagnostics in source order and, when none is an
 * error, the checked rule set.
 */
public record Compilation(SourceFile source, List<Diagnostic> diagnostics, CheckedRuleSet ruleSet) {
    public Compilation {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return ruleSet == null;
    }

    /** All diagnostics, rendered as {@code file:line:col: severity: message} with source line and caret. */
    public String render() {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(DiagnosticRenderer.render(source, d));
        }
        return out.toString();
    }
}
