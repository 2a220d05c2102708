package dev.presync.cli.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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

    /** Short and long lines (some past the 64 KiB buffer) of bytes including CR, LF and non-ASCII. */
    private static byte[] text(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int lines = random.nextInt(20);
        for (int l = 0; l < lines; l++) {
            int length = random.nextInt(8) == 0 ? random.nextInt(150_000) : random.nextInt(200);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(40);
                out.write(pick == 0 ? '\r' : pick == 1 ? 0xC3 : 'a' + random.nextInt(26));
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

    /** Hands the bytes over in reads of random size up to {@code max}. */
    private static final class Trickle extends InputStream {
        private final ByteArrayInputStream in;
        private final int max;
        private final Random random;

        Trickle(byte[] bytes, int max, Random random) {
            this.in = new ByteArrayInputStream(bytes);
            this.max = max;
            this.random = random;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, Math.min(len, 1 + random.nextInt(max)));
        }
    }
}
