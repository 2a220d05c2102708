package dev.presync.compiler.format;

import dev.presync.compiler.diag.Diagnostic;
import dev.presync.compiler.diag.DiagnosticRenderer;
import dev.presync.compiler.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The formatter's answer for one source: the text in canonical layout, or, when the source has
 * syntax errors, no text and the diagnostics that refused it.
 *
 * @param source the source as read (without a byte-order mark)
 * @param text the formatted text, a byte-order mark included when the source had one; null when refused
 * @param bom the source began with a byte-order mark
 */
public record Formatted(SourceFile source, String text, boolean bom, List<Diagnostic> diagnostics) {
    public Formatted {
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when the source was not formatted because it does not parse. */
    public boolean refused() {
        return text == null;
    }

    /** True when the formatted text differs from the source. */
    public boolean changed() {
        return !refused() && !text.equals((bom ? "\uFEFF" : "") + source.text());
    }

    /** The formatted text as UTF-8 bytes, as a file holds it. */
    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The diagnostics that refused the source, rendered as {@code file:line:col: error: ...}. */
    public String render() {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(DiagnosticRenderer.render(source, d));
        }
        return out.toString();
    }
}
