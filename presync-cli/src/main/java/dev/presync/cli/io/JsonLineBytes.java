package dev.presync.cli.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes JSON lines as UTF-8 bytes into one reusable buffer, handed to an {@link OutputStream} a
 * line boundary at a time. {@code run} writes a line per input line, so its output costs about
 * what its input does; going through Jackson's character generator, a {@code Writer} and the UTF-8
 * encoder cost as much as a parse. Jackson's byte generator cannot stand in: it writes a
 * supplementary character as two escapes and a lone surrogate in upper case, where the CLI's
 * output has always had the character itself and a lower-case escape.
 *
 * <p>The bytes are those of the Jackson path of before (a test keeps it as the oracle): {@code "}
 * and {@code \} escaped with a backslash, {@code \b \t \n \f \r} in short form, other control
 * characters as {@code &#92;u00XX} in upper case, a surrogate without its partner as {@code &#92;udxxx}
 * in lower case (UTF-8 cannot carry it), everything else as itself in UTF-8. Commas go between
 * values by themselves; a caller writes keys, values and brackets in order and nothing else.
 */
public final class JsonLineBytes {
    /** Drain to the stream at the end of a line once this much is buffered. */
    private static final int DRAIN_AT = 8192;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX_LOWER = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** For an ASCII character: 0 written as itself, -1 as {@code &#92;u00XX}, else the letter after the backslash. */
    private static final byte[] ESCAPE = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPE[c] = -1;
        }
        ESCAPE['"'] = '"';
        ESCAPE['\\'] = '\\';
        ESCAPE['\b'] = 'b';
        ESCAPE['\t'] = 't';
        ESCAPE['\n'] = 'n';
        ESCAPE['\f'] = 'f';
        ESCAPE['\r'] = 'r';
    }

    private final OutputStream out;
    private byte[] buf = new byte[DRAIN_AT * 2];
    private int length;
    /** Whether the next key or value follows a value, and so needs a comma first. */
    private boolean afterValue;

    /** @param out where whole lines go; null keeps them in memory for {@link #text()} */
    public JsonLineBytes(OutputStream out) {
        this.out = out;
    }

    /** {@code name} quoted, escaped and followed by a colon, once, for {@link #key(byte[])}. */
    public static byte[] key(String name) {
        JsonLineBytes b = new JsonLineBytes(null);
        b.string(name);
        b.put((byte) ':');
        return Arrays.copyOf(b.buf, b.length);
    }

    public void startObject() {
        open((byte) '{');
    }

    public void endObject() {
        close((byte) '}');
    }

    public void startArray() {
        open((byte) '[');
    }

    public void endArray() {
        close((byte) ']');
    }

    /** A key made by {@link #key(String)}; its value comes next. */
    public void key(byte[] quotedKey) {
        comma();
        ensure(quotedKey.length);
        System.arraycopy(quotedKey, 0, buf, length, quotedKey.length);
        length += quotedKey.length;
        afterValue = false;
    }

    /** A string value, or a key written on the fly when followed by a colon (see {@link #key(String)}). */
    public void string(String s) {
        comma();
        int n = s.length();
        ensure(n + 2);
        byte[] b = buf;
        int at = length;
        b[at++] = '"';
        int i = 0;
        for (; i < n; i++) { // the usual case: ASCII that needs no escape, byte for char
            char c = s.charAt(i);
            if (c >= 0x80 || ESCAPE[c] != 0) {
                break;
            }
            b[at++] = (byte) c;
        }
        length = at;
        if (i < n) {
            rest(s, i);
        }
        put((byte) '"');
        afterValue = true;
    }

    public void number(long n) {
        comma();
        ensure(20);
        if (n == Long.MIN_VALUE) {
            byte[] min = "-9223372036854775808".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(min, 0, buf, length, min.length);
            length += min.length;
        } else {
            if (n < 0) {
                buf[length++] = '-';
                n = -n;
            }
            int digits = 1;
            for (long m = n; m >= 10; m /= 10) {
                digits++;
            }
            for (int at = length + digits - 1; at >= length; at--) {
                buf[at] = (byte) ('0' + n % 10);
                n /= 10;
            }
            length += digits;
        }
        afterValue = true;
    }

    /** Ends the line, and hands the buffer to the stream when enough has gathered. */
    public void endLine() throws IOException {
        put((byte) '\n');
        afterValue = false;
        if (length >= DRAIN_AT && out != null) {
            drain();
        }
    }

    /** Hands everything written to the stream, and flushes it. */
    public void flush() throws IOException {
        if (out != null) {
            drain();
            out.flush();
        }
    }

    /** What was written, for a writer without a stream. */
    public String text() {
        return new String(buf, 0, length, StandardCharsets.UTF_8);
    }

    private void drain() throws IOException {
        if (length > 0) {
            int n = length;
            length = 0; // even when the stream fails: those bytes are lost, as with any stream
            out.write(buf, 0, n);
        }
    }

    /** The part of a string from its first character that is not plain ASCII. */
    private void rest(String s, int from) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                byte e = ESCAPE[c];
                if (e == 0) {
                    put((byte) c);
                } else if (e > 0) {
                    put((byte) '\\');
                    put(e);
                } else {
                    unicodeEscape(c, HEX);
                }
            } else if (c < 0x800) {
                ensure(2);
                buf[length++] = (byte) (0xC0 | c >> 6);
                buf[length++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                ensure(3);
                buf[length++] = (byte) (0xE0 | c >> 12);
                buf[length++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[length++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                ensure(4);
                buf[length++] = (byte) (0xF0 | cp >> 18);
                buf[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[length++] = (byte) (0x80 | cp & 0x3F);
            } else {
                unicodeEscape(c, HEX_LOWER); // a lone surrogate
            }
        }
    }

    private void unicodeEscape(char c, byte[] hex) {
        ensure(6);
        buf[length++] = '\\';
        buf[length++] = 'u';
        buf[length++] = hex[c >> 12];
        buf[length++] = hex[c >> 8 & 0xF];
        buf[length++] = hex[c >> 4 & 0xF];
        buf[length++] = hex[c & 0xF];
    }

    private void open(byte bracket) {
        comma();
        put(bracket);
        afterValue = false;
    }

    private void close(byte bracket) {
        put(bracket);
        afterValue = true;
    }

    private void comma() {
        if (afterValue) {
            put((byte) ',');
        }
    }

    private void put(byte b) {
        ensure(1);
        buf[length++] = b;
    }

    private void ensure(int more) {
        if (length + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, length + more));
        }
    }
}
