package dev.presync.lsp;

import dev.presync.compiler.diag.Severity;
import dev.presync.compiler.lint.Linter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;

/**
 * The compiler's diagnostics as LSP's: exact UTF-16 ranges, the code, the hint on a line of its
 * own, related places (the other rule of a conflict) as related information.
 */
final class DiagnosticConverter {
    static final String SOURCE = "presync";
    static final String LINT_SOURCE = "presync lint";

    private DiagnosticConverter() {
    }

    /** The checker's errors and warnings. */
    static List<Diagnostic> convert(OpenDocument doc) {
        return convert(doc, doc.compilation().diagnostics(), SOURCE);
    }

    /** The checker's diagnostics and, when the file checks without errors, lint's findings after them. */
    static List<Diagnostic> withLint(OpenDocument doc) {
        List<Diagnostic> out = new ArrayList<>(convert(doc));
        if (!doc.compilation().hasErrors()) {
            out.addAll(convert(doc, Linter.lint(doc.compilation()).findings(), LINT_SOURCE));
        }
        return out;
    }

    private static List<Diagnostic> convert(OpenDocument doc, List<dev.presync.compiler.diag.Diagnostic> found,
                                            String source) {
        List<Diagnostic> out = new ArrayList<>();
        Positions positions = doc.positions();
        for (dev.presync.compiler.diag.Diagnostic d : found) {
            String message = d.hint() == null ? d.message() : d.message() + "\nhint: " + d.hint();
            Diagnostic lsp = new Diagnostic(positions.range(d.span()), message, severity(d.severity()), source, d.code());
            if (!d.related().isEmpty()) {
                lsp.setRelatedInformation(d.related().stream()
                        .map(r -> new DiagnosticRelatedInformation(new Location(doc.uri(), positions.range(r.span())), r.message()))
                        .toList());
            }
            out.add(lsp);
        }
        return out;
    }

    /** Errors and warnings as such; anything milder (a lint note) as information. */
    static DiagnosticSeverity severity(Severity s) {
        return switch (s.label()) {
            case "error" -> DiagnosticSeverity.Error;
            case "warning" -> DiagnosticSeverity.Warning;
            default -> DiagnosticSeverity.Information;
        };
    }
}
