package dev.presync.bench.engines.java;

import dev.presync.runtime.Action;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data tables of one generated Java rule set, handed to its class at class initialisation.
 * A programmer with thousands of rules keeps candidate lists in arrays built at start-up rather
 * than in source (javac would put every array literal into one {@code <clinit>} over 64 KB).
 *
 * @param actions    each active rule's action, by rule number
 * @param singles    each action as a one-element list, so a single fire allocates nothing
 * @param candidates per index: the candidate rule numbers for each key id or bucket
 * @param thresholds per numeric index: its sorted thresholds, scaled by {@link JavaRuleSetSource#SCALE}
 */
public record JavaTables(Action[] actions, List<Action>[] singles, int[][][] candidates, long[][] thresholds) {
    private static final Map<String, JavaTables> PENDING = new ConcurrentHashMap<>();

    static void offer(String className, JavaTables tables) {
        PENDING.put(className, tables);
    }

    /** Called once from the generated class's static initialiser. */
    public static JavaTables claim(String className) {
        JavaTables t = PENDING.remove(className);
        if (t == null) {
            throw new IllegalStateException("no tables for " + className);
        }
        return t;
    }
}
