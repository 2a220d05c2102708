package dev.presync.cli.events;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines (LF or CRLF) without decoding it, so that one line of bad
 * UTF-8 is reported on its own and the lines after it are still read. Memory holds one line.
 * It also says whether the next line is already in hand, so a caller answering a live stream
 * can flush before {@link #next()} would wait.
 */
public final class LineInput {
    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    /** Index of the last line end in {@code buffer[0, limit)}, or -1: found once per read. */
    private int lastLineEnd = -1;
    private int lineNumber;
    private boolean eof;

    public LineInput(InputStream in) {
        this.in = in;
    }

    /** The next line without its line end, or null at the end of the stream. */
    public byte[] next() throws IOException {
        byte[] line = null;
        int length = 0;
        while (true) {
            if (position == limit && !fill()) {
                if (line == null) {
                    return null;
                }
                break;
            }
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int n = end - position;
            if (line == null && end < limit) {
                line = Arrays.copyOfRange(buffer, position, end); // the usual case: the whole line is in the buffer
                length = n;
            } else {
                // The line continues past the buffer: gather it piece by piece.
                if (line == null) {
                    line = new byte[Math.max(128, n * 2)];
                } else if (length + n > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
                }
                System.arraycopy(buffer, position, line, length, n);
                length += n;
            }
            position = end;
            if (end < limit) {
                position++; // past the '\n'
                break;
            }
        }
        lineNumber++;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return length == line.length ? line : Arrays.copyOf(line, length);
    }

    /** The 1-based number of the line {@link #next()} returned last. */
    public int lineNumber() {
        return lineNumber;
    }

    /**
     * True when {@link #next()} can return a whole line without reading: output may then stay
     * buffered. A buffer holding only the start of the next line does not count, since completing
     * it may wait on the writer; at the end of the stream nothing is left to wait for.
     */
    public boolean hasBufferedInput() {
        return position <= lastLineEnd || eof;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer);
        if (n <= 0) {
            eof = true;
            return false;
        }
        position = 0;
        limit = n;
        lastLineEnd = n - 1;
        while (lastLineEnd >= 0 && buffer[lastLineEnd] != '\n') {
            lastLineEnd--;
        }
        return true;
    }
}
