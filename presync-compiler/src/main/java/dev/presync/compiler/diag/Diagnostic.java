package dev.presync.compiler.diag;

import dev.presync.compiler.ast.Span;
import java.util.List;
import java.util.Objects;

/**
 * One finding about a source: collected, never thrown.
 *
 * @param code a stable identifier such as {@code unknown-operand}, listed in docs/language.md
 * @param hint an extra line of advice, or null
 * @param related other places the finding involves (the other rule of a conflict, the rules of a
 *                loop), each printed as a {@code note:} after it
 */
public record Diagnostic(Severity severity, Span span, String code, String message, String hint,
                         List<Related> related) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        related = List.copyOf(related);
    }

    /** A diagnostic about one place. */
    public Diagnostic(Severity severity, Span span, String code, String message, String hint) {
        this(severity, span, code, message, hint, List.of());
    }

    /** Another place a diagnostic involves, with what it has to do with it. */
    public record Related(Span span, String message) {
        public Related {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(message, "message");
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
