package dev.presync.cli.events;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines (LF or CRLF) without decoding it, so that one line of bad
 * UTF-8 is reported on its own and the lines after it are still read. It also says whether the
 * next line is already in hand, so a caller answering a live stream can flush before
 * {@link #advance()} would wait.
 *
 * <p>{@link #advance()} leaves the line where it lies in the read buffer ({@link #bytes()},
 * {@link #offset()}, {@link #length()}): reading a line costs no copy. A line that runs past the end
 * of the buffer is moved to its start before the next read, and the buffer grows when one line
 * fills it, so memory holds one line, the longest seen. {@link #next()} copies, for a caller that
 * keeps the line.
 */
public final class LineInput {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LINE_ENDS = 0x0A0A0A0A0A0A0A0AL;
    private final InputStream in;
    private byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    /** Index of the last line end in {@code buffer[position, limit)}, or below position: found once per read. */
    private int lastLineEnd = -1;
    private int lineStart;
    private int lineLength;
    private int lineNumber;
    private boolean plain;
    /** Whether the line being scanned is plain so far. */
    private boolean scanPlain;
    private boolean eof;

    public LineInput(InputStream in) {
        this.in = in;
    }

    /**
     * Moves to the next line, without its line end; false at the end of the stream. The line's
     * bytes stay valid until the next call.
     */
    public boolean advance() throws IOException {
        int end = position;
        scanPlain = true;
        while (true) {
            end = scan(end);
            if (end < limit) {
                lineStart = position;
                lineLength = end - position;
                position = end + 1; // past the '\n'
                break;
            }
            int scanned = end - position;
            if (!fill()) {
                if (position == limit) {
                    return false;
                }
                lineStart = position; // the last line, with no line end
                lineLength = limit - position;
                position = limit;
                break;
            }
            end = position + scanned; // the bytes before were scanned already (fill moved them to position)
        }
        lineNumber++;
        plain = scanPlain;
        if (lineLength > 0 && buffer[lineStart + lineLength - 1] == '\r') {
            lineLength--;
        }
        return true;
    }

    /**
     * The index of the first line end in {@code buffer[from, limit)}, or limit; clears
     * {@code scanPlain} on a byte that is not plain ASCII (NUL, or the high bit set). Eight bytes
     * are looked at in one step while none of them is a line end or not plain: one pass over the
     * line finds its end and says whether it is plain.
     */
    private int scan(int from) {
        int end = from;
        while (end < limit) {
            if (end + Long.BYTES <= limit) {
                long w = (long) LONGS.get(buffer, end);
                long lf = w ^ LINE_ENDS;
                long stop = (lf - ONES) & ~lf; // a high bit where a byte may be '\n'
                if (scanPlain) {
                    stop |= ((w - ONES) & ~w) | w; // NUL, or a byte not ASCII
                }
                if ((stop & HIGHS) == 0) {
                    end += Long.BYTES;
                    continue;
                }
            }
            byte b = buffer[end];
            if (b == '\n') {
                return end;
            }
            if (b <= 0) {
                scanPlain = false;
            }
            end++;
        }
        return end;
    }

    /**
     * Whether the current line is plain, every byte ASCII and none NUL ({@link AsciiLines}): such a
     * line may be parsed from its bytes. Found while looking for the line's end.
     */
    public boolean isPlain() {
        return plain;
    }

    /** The buffer holding the current line; valid until the next {@link #advance()}. */
    public byte[] bytes() {
        return buffer;
    }

    /** Where the current line starts in {@link #bytes()}. */
    public int offset() {
        return lineStart;
    }

    /** The current line's length in bytes, without its line end. */
    public int length() {
        return lineLength;
    }

    /** The current line decoded leniently (U+FFFD for a bad byte), as it is shown in a message. */
    public String text() {
        return new String(buffer, lineStart, lineLength, StandardCharsets.UTF_8);
    }

    /** The next line without its line end, in an array of its own, or null at the end of the stream. */
    public byte[] next() throws IOException {
        return advance() ? Arrays.copyOfRange(buffer, lineStart, lineStart + lineLength) : null;
    }

    /** The 1-based number of the current line: the one {@link #advance()} or {@link #next()} moved to last. */
    public int lineNumber() {
        return lineNumber;
    }

    /**
     * True when {@link #advance()} can move to a whole line without reading: output may then stay
     * buffered. A buffer holding only the start of the next line does not count, since completing
     * it may wait on the writer; at the end of the stream nothing is left to wait for.
     */
    public boolean hasBufferedInput() {
        return position <= lastLineEnd || eof;
    }

    /**
     * Reads more after the unfinished line at {@code position}, first moving it to the buffer's
     * start (or growing the buffer when the line fills it). Called only when no line end lies in
     * {@code [position, limit)}.
     */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        } else if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        lastLineEnd = -1; // none in the unfinished line
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n <= 0) {
            eof = true;
            return false;
        }
        int from = limit;
        limit += n;
        for (int i = limit - 1; i >= from; i--) {
            if (buffer[i] == '\n') {
                lastLineEnd = i;
                break;
            }
        }
        return true;
    }
}
