package dev.presync.cli.events;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Random;

/** Hands the bytes over in reads of random size up to {@code max}. */
final class Trickle extends InputStream {
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
