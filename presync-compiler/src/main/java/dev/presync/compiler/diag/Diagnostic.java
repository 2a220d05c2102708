package dev.presync.compiler.diag;

import dev.presync.compiler.ast.Span;
import java.util.Objects;

/**
 * One finding about a source: collected, never thrown.
 *
 * @param code a stable identifier such as {@code unknown-operand}, listed in docs/language.md
 * @param hint an extra line of advice, or null
 */
public record Diagnostic(Severity severity, Span span, String code, String message, String hint) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
