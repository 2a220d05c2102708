package dev.presync.flink.connect;

import java.io.Serializable;

/**
 * What the Connect sink needs to reach an instance: shipped with the job graph, so the client is
 * built on the task manager. Credentials come from the default AWS provider chain there.
 *
 * @param endpoint null for AWS's endpoint of {@code region}; otherwise e.g. a local test server
 */
public record ConnectSinkSettings(String instanceId, String region, String endpoint, double ratePerSecond, int burst,
                                  long directoryRefreshSeconds) implements Serializable {
    /** PutUserStatus's default quota: 2 requests a second, burst 5, per account. */
    public static final double DEFAULT_RATE = 2;
    public static final int DEFAULT_BURST = 5;
}
