package dev.presync.cli.events;

/**
 * The keys of each object a line has open, to find a key given twice without Jackson's own check,
 * which builds a {@code HashSet} for every object of three keys or more (a fifth of reading a
 * record). Keys come from Jackson's symbol table, so a key seen before is usually the very same
 * String. An object of more keys than this class keeps gives up, and the caller reads the line
 * the slow way; so does a key given twice, so that its message comes from Jackson as it always did.
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
    private int depth;

    void open() {
        if (depth == starts.length) {
            starts = java.util.Arrays.copyOf(starts, depth * 2);
        }
        starts[depth++] = size;
    }

    void close() {
        size = starts[--depth];
    }

    void add(String name) throws GiveUp {
        int from = starts[depth - 1];
        if (size - from >= MOST_PER_OBJECT) {
            throw GiveUp.INSTANCE;
        }
        for (int i = from; i < size; i++) {
            String seen = names[i];
            if (seen == name || seen.equals(name)) {
                throw GiveUp.INSTANCE;
            }
        }
        if (size == names.length) {
            names = java.util.Arrays.copyOf(names, size * 2);
        }
        names[size++] = name;
    }
}
