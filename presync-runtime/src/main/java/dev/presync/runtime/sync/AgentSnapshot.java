package dev.presync.runtime.sync;

/**
 * What the engine knows about one agent at one moment. Each field is null until an event has told
 * the engine about it; the pending fields hold a command sent but not yet seen to take effect.
 */
public record AgentSnapshot(String agent, String connectStatus, String salesforceStatus, Long workload,
                            Long capacity, String pendingConnect, String pendingSalesforce) {
}
