package dev.presync.flink.source;

import java.util.Properties;
import org.apache.flink.streaming.connectors.kinesis.FlinkKinesisConsumer;
import org.apache.flink.streaming.connectors.kinesis.config.AWSConfigConstants;
import org.apache.flink.streaming.connectors.kinesis.config.ConsumerConfigConstants;

/**
 * The Kinesis consumer for one input: Flink's connector, polling each shard, its shard positions
 * in Flink's checkpoints. A local endpoint (a test server such as kinesalite) is given with
 * {@code endpoint}; then CBOR is switched off, which local servers do not all speak.
 */
public final class KinesisLines {
    /** The connector's shaded AWS SDK reads this switch under its relocated name. */
    /** The AWS SDK v2 switch (the connector's sink shades the SDK but reads the same property). */
    public static final String CBOR_ENABLED_V2 = "aws.cborEnabled";
    static final String DISABLE_CBOR = "org.apache.flink.kinesis.shaded.com.amazonaws.sdk.disableCbor";

    private KinesisLines() {
    }

    /**
     * @param startAt {@code LATEST} for a live job, {@code TRIM_HORIZON} to read the retained past
     * @param endpoint null for AWS's endpoint of {@code region}
     */
    public static FlinkKinesisConsumer<InputLine> consumer(int input, String stream, String region, String endpoint,
                                                           String startAt) {
        Properties config = new Properties();
        config.setProperty(AWSConfigConstants.AWS_REGION, region);
        config.setProperty(ConsumerConfigConstants.STREAM_INITIAL_POSITION, startAt);
        config.setProperty(ConsumerConfigConstants.SHARD_GETRECORDS_INTERVAL_MILLIS, "200");
        if (endpoint != null) {
            config.setProperty(AWSConfigConstants.AWS_ENDPOINT, endpoint);
            System.setProperty(DISABLE_CBOR, "true");
        }
        config.setProperty(AWSConfigConstants.AWS_CREDENTIALS_PROVIDER, endpoint != null
                && System.getenv("AWS_ACCESS_KEY_ID") == null ? "BASIC" : "AUTO");
        if (endpoint != null && System.getenv("AWS_ACCESS_KEY_ID") == null) {
            // A local server does not check keys, but the SDK signs every request with some.
            config.setProperty(AWSConfigConstants.AWS_ACCESS_KEY_ID, "local");
            config.setProperty(AWSConfigConstants.AWS_SECRET_ACCESS_KEY, "local");
        }
        return new FlinkKinesisConsumer<>(stream, new KinesisLineSchema(input), config);
    }
}
