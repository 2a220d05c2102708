package dev.presync.flink.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines on {@code \n} (dropping a {@code \r} before it), keeping the
 * bytes so that invalid UTF-8 can be reported at its column instead of being replaced silently.
 */
final class LineReader {
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(512);
    private long number;
    private boolean eof;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line's bytes, or null at the end. */
    byte[] next() throws IOException {
        if (eof) {
            return null;
        }
        line.reset();
        for (int b = in.read(); ; b = in.read()) {
            if (b < 0) {
                eof = true;
                if (line.size() == 0) {
                    return null;
                }
                break;
            }
            if (b == '\n') {
                break;
            }
            line.write(b);
        }
        number++;
        byte[] bytes = line.toByteArray();
        int n = bytes.length;
        if (n > 0 && bytes[n - 1] == '\r') {
            return java.util.Arrays.copyOf(bytes, n - 1);
        }
        return bytes;
    }

    /** The 1-based number of the line last returned. */
    long number() {
        return number;
    }
}
