package dev.presync.cli.events;

import java.util.Arrays;

/**
 * The keys of each object a line has open, to find a key given twice without Jackson's own check,
 * which builds a {@code HashSet} for every object of three keys or more (a fifth of reading a
 * record). A key given twice gives up, and the caller reads the line with Jackson's check, so that
 * its message comes from Jackson as it always did; so does an object of more keys than this class
 * keeps.
 *
 * <p>Only each key's hash code is kept (a String caches its own): a key given twice has the same
 * hash, so none is missed, and two different keys of one object with the same hash merely send the
 * line to Jackson's check, which finds them different. Keeping ints, not Strings, spares a reference
 * store (and its GC barrier) per key in an array that lives from line to line. Each open object also
 * keeps a 64-bit mask of its keys' hashes: a key whose bit is free is new without looking further.
 */
final class SeenNames {
    /** A key given twice, or more keys in one object than are kept: read the line with Jackson's check. */
    static final class GiveUp extends Exception {
        private static final long serialVersionUID = 1L;
        static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super("read again with Jackson's duplicate check", null, false, false);
        }
    }

    private static final int MOST_PER_OBJECT = 64;
    private int[] hashes = new int[32];
    private int size;
    private int[] starts = new int[8];
    private long[] masks = new long[8];
    private int depth;

    /** Forgets every key and object, for the next line: a reader may keep one and reuse it. */
    SeenNames reset() {
        size = 0;
        depth = 0;
        return this;
    }

    void open() {
        if (depth == starts.length) {
            starts = Arrays.copyOf(starts, depth * 2);
            masks = Arrays.copyOf(masks, depth * 2);
        }
        starts[depth] = size;
        masks[depth++] = 0;
    }

    void close() {
        size = starts[--depth];
    }

    void add(String name) throws GiveUp {
        int top = depth - 1;
        int from = starts[top];
        if (size - from >= MOST_PER_OBJECT) {
            throw GiveUp.INSTANCE;
        }
        int h = name.hashCode();
        long bit = 1L << (h ^ (h >>> 6) ^ (h >>> 12)); // a shift uses the low 6 bits
        long mask = masks[top];
        if ((mask & bit) != 0) {
            for (int i = from; i < size; i++) {
                if (hashes[i] == h) {
                    throw GiveUp.INSTANCE;
                }
            }
        }
        masks[top] = mask | bit;
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = h;
    }
}
