package dev.presync.sync;

/**
 * Sets an agent's Omni-Channel presence status. The engine calls it while it holds the agent's
 * lock, so calls for one agent arrive in order; it should hand the work off rather than block.
 * A {@link RuntimeException} is reported as a failed command and the engine goes on.
 */
@FunctionalInterface
public interface SalesforceGateway {
    /** @param statusApiName the presence status's API name (DeveloperName) */
    void setPresenceStatus(String agent, String statusApiName);
}
