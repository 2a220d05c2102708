package dev.presync.compiler.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
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
    public record Decoded(String text, int badByteOffset, int badByteValue) {
        public boolean isValid() {
            return badByteOffset < 0;
        }
    }

    public static Decoded decode(byte[] bytes) {
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
            return new Decoded(before + rest, before.length(), bytes[bad] & 0xff);
        }
        decoder.flush(out);
        out.flip();
        return new Decoded(out.toString(), -1, -1);
    }

    /** Strict decoding for a short piece, such as one input line; throws on invalid bytes. */
    public static String decodeStrict(byte[] bytes, int offset, int length) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, length))
                .toString();
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }
}
