package dev.presync.sync;

/**
 * How the engine guards against echoes and loops.
 *
 * @param suppressEchoes when true, a status change that comes back because the engine asked for it
 *                       updates the agent's state without firing rules
 * @param chainLimit     how many rule-caused commands one chain may issue for one agent before the
 *                       engine stops it and reports an oscillation; a chain starts at each event
 *                       that is not an echo and goes on through the echoes of its own commands
 */
public record SyncPolicy(boolean suppressEchoes, int chainLimit) {
    public static final int DEFAULT_CHAIN_LIMIT = 8;

    public SyncPolicy {
        if (chainLimit < 1) {
            throw new IllegalArgumentException("chainLimit must be at least 1: " + chainLimit);
        }
    }

    /** Echoes suppressed, chains bounded at 8. */
    public static SyncPolicy defaults() {
        return new SyncPolicy(true, DEFAULT_CHAIN_LIMIT);
    }
}
