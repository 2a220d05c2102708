package dev.presync.flink.connect;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.connect.ConnectClient;

/**
 * Builds the {@link ConnectClient} the sink uses: the SDK's own retries are off, because the
 * writer retries within the account's rate budget and reports every attempt. The Apache HTTP
 * client (the SDK's default, already in the jar) keeps connections alive and sends without Nagle's
 * delay; the URL-connection client took twice as long a request against a local server.
 */
public final class ConnectClients {
    private ConnectClients() {
    }

    /** A client for {@code region}; {@code endpoint} (may be null) replaces AWS's, e.g. a local test server. */
    public static ConnectClient create(String region, URI endpoint, AwsCredentialsProvider credentials) {
        var builder = ConnectClient.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials != null ? credentials : DefaultCredentialsProvider.builder().build())
                .httpClientBuilder(ApacheHttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }
}
