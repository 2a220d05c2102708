package dev.presync.compiler.codegen;

import dev.presync.runtime.Action;
import dev.presync.runtime.ActionSink;
import dev.presync.runtime.CoFiringLists;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * Support methods written once in plain Java and copied, bytecode for bytecode, into every
 * generated class by {@link TemplateCopier}. Copying them (rather than calling them here) keeps
 * generated classes free of any dependency on the compiler: they need only the JDK and
 * presync-runtime.
 *
 * <p>Rules for this class, because its bytecode is transplanted: static methods only, no lambdas,
 * no string concatenation, no fields, no nested classes, nothing outside java.base and
 * dev.presync.runtime.
 */
final class Templates {
    private Templates() {
    }

    /**
     * Records one more fired rule after the first: the positions go to this thread's scratch array
     * (slot 0 is a busy flag, slot 1 the count), so a multi-fire allocates nothing. An array still
     * busy belongs to an outer evaluation on this thread (a sink that evaluates again); then, or
     * when it is too short for this event type's rules, a new one replaces it as this thread's scratch.
     */
    static int[] push(int[] more, int first, int rule, ThreadLocal<int[]> scratch, int capacity) {
        int[] s = more;
        if (s == null) {
            s = scratch.get();
            if (s == null || s[0] != 0 || s.length < capacity + 2) {
                s = new int[capacity + 2];
                scratch.set(s);
            }
            s[0] = 1;
            s[1] = 1;
            s[2] = first;
        }
        s[1] = s[1] + 1;
        s[s[1] + 1] = rule;
        return s;
    }

    /** What a scan found: -1 none, a position when one rule fired, -2 when several did (in the scratch). */
    static int result(int first, int[] more) {
        if (first < 0) {
            return -1;
        }
        return more == null ? first : -2;
    }

    /**
     * The result list of a multi-fire: the positions in this thread's scratch, back in source
     * order (index streams find rules out of order), looked up in this thread's
     * {@link CoFiringLists}, which hands out the list it keeps for that co-firing set and builds
     * one only the first time (or past its cap). No fire and one fire never come here: their
     * lists are preallocated, and the entry methods return them.
     */
    static List<Action> finish(Action[] actions, ThreadLocal<int[]> scratch, ThreadLocal<CoFiringLists> lists) {
        int[] s = scratch.get();
        int count = s[1];
        Arrays.sort(s, 2, count + 2);
        List<Action> out = lists.get().of(actions, s, 2, count);
        s[0] = 0;
        return out;
    }

    /** The sink form of {@link #finish} (any outcome): hands the actions over in source order, allocating nothing. */
    static int emit(int fired, Action[] actions, ThreadLocal<int[]> scratch, ActionSink sink) {
        if (fired == -1) {
            return 0;
        }
        if (fired >= 0) {
            sink.accept(actions[fired]);
            return 1;
        }
        int[] s = scratch.get();
        int count = s[1];
        Arrays.sort(s, 2, count + 2);
        try {
            for (int i = 0; i < count; i++) {
                sink.accept(actions[s[i + 2]]);
            }
        } finally {
            s[0] = 0;
        }
        return count;
    }

    /** The sign of {@code a*b - c*d}, exact over 128 bits: no overflow for any longs. */
    static int cmp128(long a, long b, long c, long d) {
        if (((a | b | c | d) >>> 31) == 0) {
            return Long.compare(a * b, c * d); // every factor below 2^31: the products fit
        }
        long high1 = Math.multiplyHigh(a, b);
        long high2 = Math.multiplyHigh(c, d);
        if (high1 != high2) {
            return high1 < high2 ? -1 : 1;
        }
        return Long.compareUnsigned(a * b, c * d);
    }

    /** The sign of {@code w*b - a*c} for literals too large for long; allocates, so used only then. */
    static int cmpBig(long w, long c, BigInteger a, BigInteger b) {
        return BigInteger.valueOf(w).multiply(b).compareTo(a.multiply(BigInteger.valueOf(c)));
    }

    /** Open-addressing lookup of a text value: its bucket id, or 0 (the empty bucket). */
    static int textBucket(String value, String[] keys, int[] ids) {
        if (value == null) {
            return 0;
        }
        int mask = keys.length - 1;
        int h = value.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        while (true) {
            String key = keys[i];
            if (key == null) {
                return 0;
            }
            if (key.equals(value)) {
                return ids[i];
            }
            i = (i + 1) & mask;
        }
    }

    /** The home slot of a value pair in a pair table; {@code PairIndexBuilder} places pairs with it too. */
    static int pairSlot(long a, long b, int mask) {
        long h = (a * 0x9E3779B97F4A7C15L + b) * 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** Open-addressing lookup of a value pair: its bucket id, or 0 (the empty bucket). */
    static int pairBucket(long a, long b, long[] firstKeys, long[] secondKeys, int[] ids) {
        int mask = ids.length - 1;
        int i = pairSlot(a, b, mask);
        while (true) {
            int id = ids[i];
            if (id == 0 || (firstKeys[i] == a && secondKeys[i] == b)) {
                return id;
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * Binary search of {@code n/d} (d > 0) among sorted thresholds {@code nums[i]/dens[i]}:
     * 2j+1 when it equals threshold j, else 2j where j thresholds lie below it.
     */
    static int numBucket(long n, long d, long[] nums, long[] dens) {
        int lo = 0;
        int hi = nums.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cmp128(n, dens[mid], nums[mid], d) > 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo < nums.length && cmp128(n, dens[lo], nums[lo], d) == 0) {
            return 2 * lo + 1;
        }
        return 2 * lo;
    }

    // Decoding of the constant tables packed into string constants; runs once, in <clinit>.

    static int readInt(String data, int[] at) {
        int p = at[0];
        at[0] = p + 2;
        return (data.charAt(p) << 16) | data.charAt(p + 1);
    }

    static long readLong(String data, int[] at) {
        long high = readInt(data, at);
        return (high << 32) | (readInt(data, at) & 0xFFFFFFFFL);
    }

    static String readString(String data, int[] at) {
        int length = readInt(data, at);
        if (length < 0) {
            return null;
        }
        int p = at[0];
        at[0] = p + length;
        return data.substring(p, p + length);
    }

    static String[] readStrings(String data, int[] at) {
        String[] out = new String[readInt(data, at)];
        for (int i = 0; i < out.length; i++) {
            out[i] = readString(data, at);
        }
        return out;
    }

    static int[] readInts(String data, int[] at) {
        int[] out = new int[readInt(data, at)];
        for (int i = 0; i < out.length; i++) {
            out[i] = readInt(data, at);
        }
        return out;
    }

    static int[][] readIntArrays(String data, int[] at) {
        int[][] out = new int[readInt(data, at)][];
        for (int i = 0; i < out.length; i++) {
            out[i] = readInts(data, at);
        }
        return out;
    }

    static long[] readLongs(String data, int[] at) {
        long[] out = new long[readInt(data, at)];
        for (int i = 0; i < out.length; i++) {
            out[i] = readLong(data, at);
        }
        return out;
    }

    static BigInteger[] readBigs(String data, int[] at) {
        String[] text = readStrings(data, at);
        BigInteger[] out = new BigInteger[text.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = new BigInteger(text[i]);
        }
        return out;
    }

    /** Actions as (destination name, state, rule label) triples. */
    static Action[] readActions(String data, int[] at) {
        Action[] out = new Action[readInt(data, at)];
        for (int i = 0; i < out.length; i++) {
            dev.presync.runtime.Destination destination =
                    dev.presync.runtime.Destination.valueOf(readString(data, at));
            out[i] = new Action(destination, readString(data, at), readString(data, at));
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<Action>[] singles(Action[] actions) {
        List<Action>[] out = new List[actions.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = List.of(actions[i]);
        }
        return out;
    }
}
