package dev.presync.compiler.syntax;

/**
 * ANTLR indexes a string by code point; spans are UTF-16 offsets. This maps one to the other, and
 * costs nothing for the usual text that has no character outside the Basic Multilingual Plane.
 */
final class CodePointOffsets {
    private final int[] utf16ByCodePoint;

    CodePointOffsets(String text) {
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            utf16ByCodePoint = null;
        } else {
            utf16ByCodePoint = new int[codePoints + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                utf16ByCodePoint[cp++] = i;
            }
            utf16ByCodePoint[cp] = text.length();
        }
    }

    int utf16(int codePointIndex) {
        return utf16ByCodePoint == null ? codePointIndex : utf16ByCodePoint[codePointIndex];
    }
}
