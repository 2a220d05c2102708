package dev.presync.sync;

import java.util.Objects;

/**
 * What one of the two systems reported about one agent, before any rule sees it. The engine turns
 * each into at most one {@link dev.presync.runtime.RuleEvent}, using the agent's state for what the
 * source event leaves out (the old Connect status, the previous workload).
 *
 * <p>Agents are keyed by the Connect username; the Salesforce side must use the same key.
 */
public sealed interface SourceEvent {
    /** The Connect username of the agent the event is about. */
    String agent();

    /**
     * Connect reports the agent's status as the CCP shows it (see {@link ConnectStatus}).
     *
     * @param previousStatus the status the source saw before, or null when it does not say; the
     *                       engine prefers its own record of the last status
     */
    record ConnectStatusChanged(String agent, String previousStatus, String newStatus) implements SourceEvent {
        public ConnectStatusChanged {
            Objects.requireNonNull(agent, "agent");
            Objects.requireNonNull(newStatus, "newStatus");
        }
    }

    /**
     * Omni-Channel's {@code omniChannelStatusChanged}.
     *
     * @param statusApiName the presence status's API name (DeveloperName)
     * @param reason        the toolkit's reason, e.g. {@code OmniManualStatusChange}; may be null
     */
    record OmniStatusChanged(String agent, String statusApiName, String reason) implements SourceEvent {
        /** The reason Omni-Channel gives for a change made through the toolkit, i.e. by a sync. */
        public static final String TOOLKIT_REASON = "OmniToolkitStatusChange";

        public OmniStatusChanged {
            Objects.requireNonNull(agent, "agent");
            Objects.requireNonNull(statusApiName, "statusApiName");
        }

        /** True when the change was made through the toolkit, as the engine's own commands are. */
        public boolean byToolkit() {
            return TOOLKIT_REASON.equals(reason);
        }
    }

    /** Omni-Channel's {@code omniChannelLogout}: never the same thing as a change to Offline. */
    record OmniLogout(String agent) implements SourceEvent {
        public OmniLogout {
            Objects.requireNonNull(agent, "agent");
        }
    }

    /** Omni-Channel's {@code omniChannelWorkAccepted}, with the service channel's developer name looked up. */
    record OmniWorkAccepted(String agent, String serviceChannel) implements SourceEvent {
        public OmniWorkAccepted {
            Objects.requireNonNull(agent, "agent");
        }
    }

    /**
     * Omni-Channel's {@code omniChannelWorkloadChanged}.
     *
     * @param previousWorkload null when the source does not say; the engine then uses the last
     *                         workload it saw for the agent, else leaves it missing
     */
    record OmniWorkloadChanged(String agent, long configuredCapacity, Long previousWorkload, long newWorkload)
            implements SourceEvent {
        public OmniWorkloadChanged {
            Objects.requireNonNull(agent, "agent");
            if (configuredCapacity < 0 || newWorkload < 0 || (previousWorkload != null && previousWorkload < 0)) {
                throw new IllegalArgumentException("workload and capacity cannot be negative");
            }
        }
    }
}
