package dev.presync.compiler.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes rule-file bytes as strict UTF-8. Invalid bytes are not replaced silently: the caller
 * learns the offset of the first bad byte in the text, to report it there.
 */
public final class SourceDecoder {
    private SourceDecoder() {
    }

    /**
     * The outcome: the text decoded, and, when the bytes were not valid UTF-8, where that began
     * (from there on the text is decoded leniently, with U+FFFD for each bad sequence).
     */
    public record Decoded(String text, int badByteOffset, int badByteValue, boolean truncated) {
        public boolean isValid() {
            return badByteOffset < 0;
        }

        /** What is wrong, in words, when the bytes were not valid UTF-8. */
        public String problem() {
            return truncated
                    ? "invalid UTF-8: the text ends in the middle of a character"
                    : String.format("invalid UTF-8: byte 0x%02X cannot start or continue a character here", badByteValue);
        }
    }

    public static Decoded decode(byte[] bytes) {
        if (isAscii(bytes)) {
            // The common case, and a quick one: ASCII is valid UTF-8 that decodes byte for char
            // (a BOM is not ASCII), so there is nothing to check and no decoder to make.
            return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), -1, -1, false);
        }
        int skip = hasBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            // The rest is decoded leniently, the bad byte becoming U+FFFD, so that the error's
            // span lies within the text and its line is shown whole.
            int bad = in.position();
            out.flip();
            String before = out.toString();
            String rest = new String(bytes, bad, bytes.length - bad, StandardCharsets.UTF_8);
            int lead = bytes[bad] & 0xff;
            return new Decoded(before + rest, before.length(), lead, bytes.length - bad < sequenceLength(lead));
        }
        decoder.flush(out);
        out.flip();
        return new Decoded(out.toString(), -1, -1, false);
    }

    /** How many bytes a sequence starting with {@code lead} has; 1 for a byte that cannot lead. */
    private static int sequenceLength(int lead) {
        return lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xC2 && lead <= 0xDF ? 2 : 1;
    }

    private static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }
}
