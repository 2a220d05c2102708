package dev.presync.cli.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * LineInput splits any bytes as the plain definition does (LF ends a line, a CR before it is
 * dropped, a last line without LF counts, nothing after a final LF), however the stream hands
 * the bytes over: lines longer than its buffer, and reads that stop anywhere, a CR and its LF
 * included.
 */
class LineInputPropertyTest {
    @Test
    void splitsLikeThePlainDefinitionWhateverTheReadSizes() {
        qt().withExamples(100).forAll(longs().all(), integers().between(1, 70_000)).checkAssert((seed, maxRead) -> {
            Random random = new Random(seed);
            byte[] bytes = text(random);
            List<byte[]> got = new ArrayList<>();
            LineInput in = new LineInput(new Trickle(bytes, maxRead, random));
            try {
                for (byte[] line = in.next(); line != null; line = in.next()) {
                    got.add(line);
                    assertEquals(got.size(), in.lineNumber());
                }
                assertNull(in.next());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            List<byte[]> want = split(bytes);
            assertEquals(want.size(), got.size());
            for (int i = 0; i < want.size(); i++) {
                assertArrayEquals(want.get(i), got.get(i), "line " + (i + 1));
            }
        });
    }

    /** The line in place ({@link LineInput#advance()}) is the line {@link LineInput#next()} copies. */
    @Test
    void linesInPlaceAreTheLines() {
        qt().withExamples(100).forAll(longs().all(), integers().between(1, 70_000)).checkAssert((seed, maxRead) -> {
            Random random = new Random(seed);
            byte[] bytes = text(random);
            List<byte[]> want = split(bytes);
            LineInput in = new LineInput(new Trickle(bytes, maxRead, random));
            try {
                for (int i = 0; i < want.size(); i++) {
                    assertTrue(in.advance());
                    assertEquals(i + 1, in.lineNumber());
                    byte[] line = Arrays.copyOfRange(in.bytes(), in.offset(), in.offset() + in.length());
                    assertArrayEquals(want.get(i), line, "line " + (i + 1));
                    assertEquals(new String(want.get(i), StandardCharsets.UTF_8), in.text());
                    assertEquals(AsciiLines.isPlain(want.get(i), 0, want.get(i).length), in.isPlain(), "line " + (i + 1));
                }
                assertFalse(in.advance());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** Short and long lines (some past the 64 KiB buffer) of bytes including CR, LF, NUL and non-ASCII. */
    private static byte[] text(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int lines = random.nextInt(20);
        for (int l = 0; l < lines; l++) {
            int length = random.nextInt(8) == 0 ? random.nextInt(150_000) : random.nextInt(200);
            int kind = random.nextInt(3); // ASCII only (plain), with non-ASCII bytes, with NULs
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(40);
                out.write(pick == 0 ? '\r' : pick == 1 && kind > 0 ? (kind == 1 ? 0xC3 : 0) : 'a' + random.nextInt(26));
            }
            if (l < lines - 1 || random.nextBoolean()) {
                if (random.nextBoolean()) {
                    out.write('\r');
                }
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    private static List<byte[]> split(byte[] bytes) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length ? i > start : bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                out.add(Arrays.copyOfRange(bytes, start, end));
                start = i + 1;
            }
        }
        return out;
    }
}
