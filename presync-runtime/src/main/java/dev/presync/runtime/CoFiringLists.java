package dev.presync.runtime;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The result lists of one thread's multi-fires, one per co-firing set, built once and handed out
 * again: it is what lets a compiled rule set's {@link RuleSet#evaluate(RuleEvent)} allocate
 * nothing when several rules fire, as a single fire returns a preallocated singleton. Generated
 * code calls it; an embedder has no use for it.
 *
 * <p>A set is keyed by the event type's action table (by identity) and the fired positions in
 * ascending order, in an open-addressing table (power-of-two size, load at most 1/2, linear
 * probing) that is looked up without allocating. A miss builds the list and keeps it while the
 * table holds fewer than {@code maxSets} sets and {@code maxPositions} positions in all; past
 * either cap a miss builds a list for this call only, as before this class existed. So a rule
 * set that co-fires in very many ways costs a bounded amount of memory per thread, and stays
 * correct.
 *
 * <p>Every list handed out is unmodifiable over an array no one else holds, and a kept list is
 * never reused for anything else, so a caller may keep it forever. One instance serves one
 * thread ({@link #perThread}); it is not thread-safe.
 */
public final class CoFiringLists {
    private static final int FIRST_SLOTS = 16;

    private final int maxSets;
    private final int maxPositions;
    private Action[][] owners = new Action[FIRST_SLOTS][];
    private int[][] keys = new int[FIRST_SLOTS][];
    private int[] hashes = new int[FIRST_SLOTS];
    private List<Action>[] lists = newLists(FIRST_SLOTS);
    private int sets;
    private int positions;

    /**
     * @param maxSets      the most co-firing sets kept; 0 keeps none
     * @param maxPositions the most fired positions kept over all sets (the memory cap)
     */
    public CoFiringLists(int maxSets, int maxPositions) {
        if (maxSets < 0 || maxPositions < 0) {
            throw new IllegalArgumentException("caps must not be negative: " + maxSets + ", " + maxPositions);
        }
        this.maxSets = maxSets;
        this.maxPositions = maxPositions;
    }

    /** One instance per thread, made on the thread's first multi-fire. */
    public static ThreadLocal<CoFiringLists> perThread(int maxSets, int maxPositions) {
        new CoFiringLists(maxSets, maxPositions); // checks the caps now, not on some thread's first use
        return ThreadLocal.withInitial(() -> new CoFiringLists(maxSets, maxPositions));
    }

    /**
     * The unmodifiable list of {@code actions[positions[from]]}, … {@code actions[positions[from +
     * count - 1]]}, the positions ascending: the one kept for this set, or a new one.
     */
    public List<Action> of(Action[] actions, int[] fired, int from, int count) {
        int hash = hash(actions.length, fired, from, count);
        int mask = lists.length - 1;
        int i = hash & mask;
        for (List<Action> kept = lists[i]; kept != null; kept = lists[i]) {
            if (hashes[i] == hash && owners[i] == actions && samePositions(keys[i], fired, from, count)) {
                return kept;
            }
            i = (i + 1) & mask;
        }
        List<Action> made = build(actions, fired, from, count);
        if (sets < maxSets && count <= maxPositions - positions) {
            if (2 * (sets + 1) > lists.length) {
                grow();
                i = freeSlot(hash);
            }
            owners[i] = actions;
            keys[i] = Arrays.copyOfRange(fired, from, from + count);
            hashes[i] = hash;
            lists[i] = made;
            sets++;
            positions += count;
        }
        return made;
    }

    /** How many co-firing sets are kept (for tests and diagnostics). */
    public int size() {
        return sets;
    }

    private static List<Action> build(Action[] actions, int[] fired, int from, int count) {
        Action[] out = new Action[count];
        for (int k = 0; k < count; k++) {
            out[k] = actions[fired[from + k]];
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    private static int hash(int seed, int[] fired, int from, int count) {
        int h = seed;
        for (int k = from; k < from + count; k++) {
            h = 31 * h + fired[k];
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static boolean samePositions(int[] key, int[] fired, int from, int count) {
        if (key.length != count) {
            return false;
        }
        for (int k = 0; k < count; k++) {
            if (key[k] != fired[from + k]) {
                return false;
            }
        }
        return true;
    }

    private int freeSlot(int hash) {
        int mask = lists.length - 1;
        int i = hash & mask;
        while (lists[i] != null) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Doubles the table; entries move, lists stay the same objects. */
    private void grow() {
        Action[][] oldOwners = owners;
        int[][] oldKeys = keys;
        int[] oldHashes = hashes;
        List<Action>[] oldLists = lists;
        int slots = oldLists.length * 2;
        owners = new Action[slots][];
        keys = new int[slots][];
        hashes = new int[slots];
        lists = newLists(slots);
        for (int j = 0; j < oldLists.length; j++) {
            if (oldLists[j] != null) {
                int i = freeSlot(oldHashes[j]);
                owners[i] = oldOwners[j];
                keys[i] = oldKeys[j];
                hashes[i] = oldHashes[j];
                lists[i] = oldLists[j];
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Action>[] newLists(int slots) {
        return (List<Action>[]) new List<?>[slots];
    }
}
