package dev.presync.sync.replay;

import dev.presync.sync.ConnectGateway;
import dev.presync.sync.SalesforceGateway;
import dev.presync.sync.SourceEvent;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Stands in for the two systems during a replay: each command takes effect at once, and the
 * system reports it back the way the real one would (Omni-Channel with reason
 * OmniToolkitStatusChange, Connect with a status change). The replay feeds those echoes to the
 * engine before the next input record, so the engine's view follows its own commands.
 */
public final class SimulatedSystems implements SalesforceGateway, ConnectGateway {
    private final Deque<SourceEvent> echoes = new ArrayDeque<>();

    @Override
    public void setPresenceStatus(String agent, String statusApiName) {
        echoes.add(new SourceEvent.OmniStatusChanged(agent, statusApiName, SourceEvent.OmniStatusChanged.TOOLKIT_REASON));
    }

    @Override
    public void setAgentStatus(String agent, String statusName) {
        echoes.add(new SourceEvent.ConnectStatusChanged(agent, null, statusName));
    }

    /** The next change reported back, or null. */
    public SourceEvent nextEcho() {
        return echoes.poll();
    }
}
