package dev.presync.compiler.lint;

import dev.presync.compiler.ast.Span;
import dev.presync.compiler.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** Collects lint findings as diagnostics whose code is the finding's id. */
final class Findings {
    private final List<Diagnostic> items = new ArrayList<>();

    void add(LintId id, Span span, String message, String hint, List<Diagnostic.Related> related) {
        items.add(new Diagnostic(id.severity(), span, id.id(), message, hint, related));
    }

    void add(LintId id, Span span, String message, String hint) {
        add(id, span, message, hint, List.of());
    }

    List<Diagnostic> all() {
        return items;
    }
}
