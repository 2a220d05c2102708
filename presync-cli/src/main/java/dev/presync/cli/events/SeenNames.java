package dev.presync.cli.events;

import java.util.Arrays;

/**
 * The keys of each object a line has open, to find a key given twice without Jackson's own check,
 * which builds a {@code HashSet} for every object of three keys or more (a fifth of reading a
 * record). An object of more keys than this class keeps gives up, and the caller reads the line
 * the slow way; so does a key given twice, so that its message comes from Jackson as it always did.
 *
 * <p>Each open object keeps a 64-bit mask of its keys' hash codes (a String caches its hash, and
 * Jackson's symbol table hands out the same String for the same key, so this is a field read). A
 * key whose bit is not yet set is new without comparing it to anything; only a key whose bit is
 * taken is compared with the object's keys one by one. An Agent Event Stream snapshot has objects
 * of a dozen keys, where comparing every key with every earlier one was 7% of reading a record.
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
    private String[] names = new String[32];
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
        if ((masks[top] & bit) != 0) {
            for (int i = from; i < size; i++) {
                String seen = names[i];
                if (seen == name || seen.equals(name)) {
                    throw GiveUp.INSTANCE;
                }
            }
        }
        masks[top] |= bit;
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
        }
        names[size++] = name;
    }
}
