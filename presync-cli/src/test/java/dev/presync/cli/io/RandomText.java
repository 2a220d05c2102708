package dev.presync.cli.io;

import java.util.Random;

/**
 * Strings that make a JSON writer's escaping choices visible: plain ASCII, control characters,
 * quotes, backslashes, DEL, two- and three-byte characters around their boundaries, U+2028 and
 * U+2029, paired surrogates (non-BMP characters), lone high and low surrogates, and the empty string;
 * some long enough to cross any writer's internal buffer.
 */
public final class RandomText {
    private static final char[] EDGES = {'"', '\\', '/', '\b', '\t', '\n', '\f', '\r', 0, 0x1F, 0x7F, 0x80, 0xFF,
        0x7FF, 0x800, 0x2028, 0x2029, 0xFEFF, 0xFFFD, 0xFFFF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 'u', 'é'};

    private RandomText() {
    }

    public static String of(Random random) {
        int length = switch (random.nextInt(20)) {
            case 0, 1 -> 0;
            case 2 -> 1 + random.nextInt(6_000);
            default -> 1 + random.nextInt(24);
        };
        boolean asciiOnly = random.nextInt(3) == 0; // the usual case, and the writer's fast path
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            if (asciiOnly) {
                s.append((char) (0x20 + random.nextInt(0x5F)));
                continue;
            }
            switch (random.nextInt(8)) {
                case 0 -> s.append(EDGES[random.nextInt(EDGES.length)]);
                case 1 -> s.append((char) random.nextInt(0x20));
                case 2 -> s.appendCodePoint(0x10000 + random.nextInt(0x100000)); // a pair
                case 3 -> s.append((char) (0xD800 + random.nextInt(0x800))); // a surrogate, maybe paired by chance
                case 4 -> s.append((char) random.nextInt(0x10000));
                case 5 -> s.append((char) (0x80 + random.nextInt(0x780)));
                default -> s.append((char) (0x20 + random.nextInt(0x5F)));
            }
        }
        return s.toString();
    }

    /** Small, large, negative and extreme whole numbers. */
    public static long number(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> Long.MIN_VALUE + random.nextInt(3);
            case 1 -> Long.MAX_VALUE - random.nextInt(3);
            case 2 -> random.nextLong();
            case 3 -> -random.nextInt(1_000);
            default -> random.nextInt(1_000_000);
        };
    }
}
