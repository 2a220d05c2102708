package dev.presync.cli.events;

import java.nio.charset.StandardCharsets;

/**
 * Tells a plain line, one the readers may parse straight from its bytes: every byte ASCII and none
 * NUL. ASCII is valid UTF-8 that decodes byte for character, so a column in bytes is a column in
 * characters and what Jackson's byte parser reads is what its character parser reads from the
 * decoded text. NUL is left out because the byte parser guesses UTF-16 or UTF-32 from zero bytes at
 * the start; no JSON line holds one outside a string, where it is an error either way. Any other
 * line is decoded and read as text, which alone words what is wrong with it.
 */
public final class AsciiLines {
    private AsciiLines() {
    }

    /** Whether {@code bytes[offset, offset + length)} is plain: ASCII, no NUL. */
    public static boolean isPlain(byte[] bytes, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            if (bytes[i] <= 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a plain line is blank as {@link String#isBlank()} sees its text. */
    public static boolean isBlank(byte[] bytes, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    /** A plain line's text. */
    public static String text(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
}
