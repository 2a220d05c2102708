package dev.presync.sync;

/**
 * Sets an agent's Amazon Connect agent status. The engine calls it while it holds the agent's
 * lock, so calls for one agent arrive in order; it should hand the work off rather than block.
 * A {@link RuntimeException} is reported as a failed command and the engine goes on.
 */
@FunctionalInterface
public interface ConnectGateway {
    /** @param statusName the Connect agent status's name; never a system status */
    void setAgentStatus(String agent, String statusName);
}
