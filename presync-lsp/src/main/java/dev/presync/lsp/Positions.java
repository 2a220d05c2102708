package dev.presync.lsp;

import dev.presync.compiler.ast.Span;
import java.util.Arrays;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * UTF-16 offsets to LSP positions and back. LSP counts a position's character in UTF-16 code
 * units, exactly as spans do, so no conversion is needed beyond finding the line; lines end at
 * LF, CRLF or a lone CR, as the protocol says.
 */
final class Positions {
    private final int length;
    private final int[] lineStarts;
    private final int[] lineEnds;

    Positions(String text) {
        length = text.length();
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        starts[0] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (count + 1 == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                ends[count] = i;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                starts[++count] = i + 1;
            }
        }
        ends[count] = text.length();
        lineStarts = Arrays.copyOf(starts, count + 1);
        lineEnds = Arrays.copyOf(ends, count + 1);
    }

    Position position(int offset) {
        int o = Math.max(0, Math.min(offset, length));
        int i = Arrays.binarySearch(lineStarts, o);
        int line = i >= 0 ? i : -i - 2;
        return new Position(line, o - lineStarts[line]);
    }

    Range range(Span span) {
        return new Range(position(span.offset()), position(span.end()));
    }

    /** The offset of a position; a line or character past the end is clamped to it, never thrown. */
    int offset(Position p) {
        if (p == null || p.getLine() < 0) {
            return 0;
        }
        if (p.getLine() >= lineStarts.length) {
            return length;
        }
        int start = lineStarts[p.getLine()];
        return Math.min(start + Math.max(0, p.getCharacter()), lineEnds[p.getLine()]);
    }

    /** The range of the whole text. */
    Range all() {
        return new Range(new Position(0, 0), position(length));
    }
}
