package dev.presync.compiler.diag;

import java.util.Objects;

/**
 * A problem placed in any input, not only a rule file: a bad event line, a record that cannot be
 * imported, a rule that cannot be exported, a rule file that cannot be compiled. It is placed as
 * precisely as is known (the file; its line; its column and text, for a caret) and rendered by
 * {@link DiagnosticRenderer}, the one place a place becomes {@code file:line:col}.
 *
 * @param line     1-based, or 0 when the problem is about the file as a whole
 * @param column   1-based code point column, or 0 when only the line is known
 * @param lineText the line as read, for the caret; null when not shown
 * @param hint     what to do about it, or null
 */
public record Problem(String file, int line, int column, String lineText, Severity severity, String message, String hint) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0 || (line == 0 && column > 0)) {
            throw new IllegalArgumentException("no such place: line " + line + ", column " + column);
        }
    }

    /** An error about a whole file. */
    public static Problem inFile(String file, String message) {
        return new Problem(file, 0, 0, null, Severity.ERROR, message, null);
    }

    /** An error about one line of a file, where no column is meaningful. */
    public static Problem atLine(String file, int line, String message) {
        return new Problem(file, line, 0, null, Severity.ERROR, message, null);
    }

    /** An error at one column of one line, shown with the line and a caret. */
    public static Problem at(String file, int line, int column, String lineText, String message) {
        return new Problem(file, line, column, lineText, Severity.ERROR, message, null);
    }

    /** As rendered for a terminal or a log. */
    public String render() {
        return DiagnosticRenderer.render(this);
    }
}
