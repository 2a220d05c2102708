package dev.presync.flink.connect;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test the credentials the Connect stand-ins accept, as system properties: the sink
 * builds its client on the task with the default provider chain, and these are its first link.
 * Register with {@code @ExtendWith(StandInCredentials.class)}.
 */
public final class StandInCredentials implements BeforeEachCallback, AfterEachCallback {
    private static final String KEY = "aws.accessKeyId";
    private static final String SECRET = "aws.secretAccessKey";

    @Override
    public void beforeEach(ExtensionContext context) {
        System.setProperty(KEY, ConnectApiStub.KEY_ID);
        System.setProperty(SECRET, "secret");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.clearProperty(KEY);
        System.clearProperty(SECRET);
    }
}
