package dev.presync.bench.engines.peer.drools;

import dev.presync.runtime.Action;
import java.util.ArrayList;
import java.util.List;

/**
 * The global every rule's consequence appends its action to: the session's only output, so that
 * no consequence inserts or modifies a fact (which would let rules chain). Cleared before each
 * event; allocates a list only when a rule fires, as the other peers do.
 */
public final class Fired {
    private List<Action> actions;

    void add(Action a) {
        if (actions == null) {
            actions = new ArrayList<>(2);
        }
        actions.add(a);
    }

    /** The actions fired since the last call, in firing order, and forgets them. */
    List<Action> take() {
        List<Action> out = actions;
        actions = null;
        return out == null ? List.of() : out;
    }
}
