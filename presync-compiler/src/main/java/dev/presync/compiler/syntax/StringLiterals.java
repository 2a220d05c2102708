package dev.presync.compiler.syntax;

import dev.presync.compiler.ast.Span;
import dev.presync.compiler.diag.Diagnostics;

/** Turns a quoted string token into its value: {@code \'} and {@code \\} are the only escapes. */
final class StringLiterals {
    private StringLiterals() {
    }

    /**
     * The value of {@code token} (quotes included) found at {@code offset}; a bad escape is
     * reported at its own position and kept as written.
     */
    static String unquote(String token, int offset, Diagnostics diagnostics) {
        int end = token.length() > 1 && token.endsWith("'") ? token.length() - 1 : token.length();
        StringBuilder value = new StringBuilder(end);
        for (int i = 1; i < end; i++) {
            char c = token.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                diagnostics.error(new Span(offset + i, 1), "bad-character",
                        String.format("control character U+%04X in a string", (int) c),
                        "status names are printable text; remove it");
            }
            if (c != '\\' || i + 1 >= end) {
                value.append(c);
                continue;
            }
            char next = token.charAt(i + 1);
            if (next == '\'' || next == '\\') {
                value.append(next);
            } else {
                diagnostics.error(new Span(offset + i, 2), "bad-escape",
                        "unknown escape '\\" + new String(Character.toChars(token.codePointAt(i + 1))) + "' in a string",
                        "the only escapes are \\' for a quote and \\\\ for a backslash");
                value.append(c).append(next);
            }
            i++;
        }
        return value.toString();
    }
}
