package dev.presync.compiler.diag;

import dev.presync.compiler.ast.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of one source, from every phase, in one pass. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();
    private int errors;

    public void error(Span span, String code, String message) {
        add(new Diagnostic(Severity.ERROR, span, code, message, null));
    }

    public void error(Span span, String code, String message, String hint) {
        add(new Diagnostic(Severity.ERROR, span, code, message, hint));
    }

    public void warning(Span span, String code, String message) {
        add(new Diagnostic(Severity.WARNING, span, code, message, null));
    }

    public void warning(Span span, String code, String message, String hint) {
        add(new Diagnostic(Severity.WARNING, span, code, message, hint));
    }

    public void add(Diagnostic d) {
        items.add(d);
        if (d.isError()) {
            errors++;
        }
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    public int errorCount() {
        return errors;
    }

    /** All diagnostics in source order (stable for equal offsets: the order they were found). */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparingInt(d -> d.span().offset()));
        return List.copyOf(copy);
    }
}
