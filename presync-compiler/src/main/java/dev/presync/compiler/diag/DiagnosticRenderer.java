package dev.presync.compiler.diag;

import dev.presync.compiler.ast.Span;
import dev.presync.compiler.source.LineMap;
import dev.presync.compiler.source.SourceFile;

/**
 * The one place diagnostics become text:
 *
 * <pre>
 * rules/lunch.rules:3:24: error: unknown operand 'ConectNewState'; did you mean 'ConnectNewState'?
 *   on ConnectAgentStateChange when ConectNewState == 'Lunch' set Salesforce 'Lunch'
 *                                   ^~~~~~~~~~~~~~
 *   hint: ...
 * </pre>
 */
public final class DiagnosticRenderer {
    /** Source lines longer than this are cut around the caret, so a 1 MB line prints as one screen. */
    private static final int MAX_SHOWN = 160;

    private DiagnosticRenderer() {
    }

    public static String render(SourceFile source, Diagnostic d) {
        return render(source, d, false);
    }

    /**
     * As {@link #render(SourceFile, Diagnostic)}; with {@code withCode} the message ends in the
     * diagnostic's code, {@code [conflict]}, as {@code presync lint} prints it. Related places
     * follow as {@code note:} diagnostics of their own.
     */
    public static String render(SourceFile source, Diagnostic d, boolean withCode) {
        String message = withCode ? d.message() + " [" + d.code() + "]" : d.message();
        StringBuilder out = new StringBuilder(render(source, d.span(), d.severity(), message, d.hint()));
        for (Diagnostic.Related r : d.related()) {
            out.append(render(source, r.span(), Severity.NOTE, r.message(), null));
        }
        return out.toString();
    }

    private static String render(SourceFile source, Span span, Severity severity, String message, String hint) {
        LineMap lines = source.lines();
        int offset = span.offset();
        int line = lines.line(offset);
        int column = lines.column(offset);
        String text = lines.lineText(line);
        int width = Math.max(1, Math.min(span.length(), text.length() - columnToIndex(text, column)));
        return render(source.name(), line, column, text, width, severity, message, hint);
    }

    /** Renders a problem in any input, as precisely as it is placed. */
    public static String render(Problem p) {
        if (p.column() > 0) {
            return render(p.file(), p.line(), p.column(), p.lineText(), 1, p.severity(), p.message(), p.hint());
        }
        StringBuilder out = new StringBuilder(p.file());
        if (p.line() > 0) {
            out.append(':').append(p.line());
        }
        out.append(": ").append(p.severity().label()).append(": ").append(p.message()).append('\n');
        if (p.hint() != null) {
            out.append("  hint: ").append(p.hint()).append('\n');
        }
        return out.toString();
    }

    /** Renders a message about any line of any file, e.g. a bad event line. */
    public static String render(String file, int line, int column, String lineText, int width,
                                Severity severity, String message, String hint) {
        StringBuilder out = new StringBuilder();
        out.append(file).append(':').append(line).append(':').append(column).append(": ")
                .append(severity.label()).append(": ").append(message).append('\n');
        if (lineText != null) {
            int index = columnToIndex(lineText, column);
            int from = 0;
            String prefix = "";
            if (index > MAX_SHOWN / 2) {
                from = index - MAX_SHOWN / 2;
                prefix = "...";
            }
            int to = Math.min(lineText.length(), from + MAX_SHOWN);
            // Never cut a character outside the BMP in two: half of it would print as '?'.
            if (from > 0 && from < lineText.length() && Character.isLowSurrogate(lineText.charAt(from))) {
                from++;
            }
            if (to < lineText.length() && Character.isLowSurrogate(lineText.charAt(to))) {
                to++;
            }
            String shown = printable(lineText.substring(from, to));
            out.append("  ").append(prefix).append(shown).append(to < lineText.length() ? "..." : "").append('\n');
            out.append("  ").append(" ".repeat(prefix.length()))
                    .append(padding(lineText.substring(from, Math.min(index, to))))
                    .append('^').append("~".repeat(Math.max(0, Math.min(width, MAX_SHOWN) - 1))).append('\n');
        }
        if (hint != null) {
            out.append("  hint: ").append(hint).append('\n');
        }
        return out.toString();
    }

    private static int columnToIndex(String text, int column) {
        int cps = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.min(column - 1, cps));
    }

    /** Tabs stay tabs so the caret lines up; other control characters would garble a terminal. */
    private static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(cp == '\t' || cp >= 0x20 && cp != 0x7f ? cp : '?'));
        return b.toString();
    }

    private static String padding(String before) {
        StringBuilder b = new StringBuilder();
        before.codePoints().forEach(cp -> b.append(cp == '\t' ? '\t' : ' '));
        return b.toString();
    }
}
