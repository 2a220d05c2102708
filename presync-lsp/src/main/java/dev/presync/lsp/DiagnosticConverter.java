package dev.presync.lsp;

import dev.presync.compiler.diag.Severity;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;

/** The checker's diagnostics as LSP's: exact UTF-16 ranges, the code, the hint on a line of its own. */
final class DiagnosticConverter {
    static final String SOURCE = "presync";

    private DiagnosticConverter() {
    }

    static List<Diagnostic> convert(OpenDocument doc) {
        List<Diagnostic> out = new ArrayList<>();
        Positions positions = doc.positions();
        for (dev.presync.compiler.diag.Diagnostic d : doc.compilation().diagnostics()) {
            String message = d.hint() == null ? d.message() : d.message() + "\nhint: " + d.hint();
            Diagnostic lsp = new Diagnostic(positions.range(d.span()), message,
                    severity(d.severity()), SOURCE, d.code());
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
