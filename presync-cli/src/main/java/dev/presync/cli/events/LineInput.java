package dev.presync.cli.events;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines (LF or CRLF) without decoding it, so that one line of bad
 * UTF-8 is reported on its own and the lines after it are still read. Memory holds one line.
 */
public final class LineInput {
    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private int lineNumber;
    private boolean eof;

    public LineInput(InputStream in) {
        this.in = in;
    }

    /** The next line without its line end, or null at the end of the stream. */
    public byte[] next() throws IOException {
        byte[] line = new byte[128];
        int length = 0;
        while (true) {
            if (position == limit && !fill()) {
                if (length == 0) {
                    return null;
                }
                break;
            }
            byte b = buffer[position++];
            if (b == '\n') {
                break;
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, length * 2);
            }
            line[length++] = b;
        }
        lineNumber++;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return Arrays.copyOf(line, length);
    }

    /** The 1-based number of the line {@link #next()} returned last. */
    public int lineNumber() {
        return lineNumber;
    }

    /** True when the next line can be read without waiting: output may then stay buffered. */
    public boolean hasBufferedInput() throws IOException {
        return position < limit || (!eof && in.available() > 0);
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
        return true;
    }
}
