package dev.presync.flink.job;

import dev.presync.flink.source.KinesisLines;
import java.util.Properties;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.kinesis.sink.KinesisStreamsSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.connectors.kinesis.config.AWSConfigConstants;

/**
 * Where the Salesforce command lines go for the console component (docs/engine.md): a Kinesis
 * stream partitioned by agent, so that one agent's commands stay in order on one shard, or rolling
 * JSON-lines files in a directory (finished at each checkpoint).
 */
public final class SalesforceCommandSinks {
    /** The prefix of a sink (and source) that is a Kinesis stream. */
    public static final String KINESIS = "kinesis:";

    private SalesforceCommandSinks() {
    }

    /** Sends {@code lines} to {@code sink}: {@code kinesis:STREAM} or a directory. */
    public static void attach(DataStream<String> lines, String sink, String region, String endpoint) {
        if (sink.startsWith(KINESIS)) {
            toKinesis(lines, sink.substring(KINESIS.length()), region, endpoint);
        } else {
            lines.sinkTo(FileSink.forRowFormat(new Path(sink), new SimpleStringEncoder<String>("UTF-8")).build())
                    .name("Salesforce commands to files").uid("salesforce-files");
        }
    }

    /**
     * Puts each line as one record, partition key the agent. {@code endpoint} (may be null) is a local
     * server such as kinesalite: spoken to over HTTP/1.1 without CBOR, with placeholder keys unless
     * the environment has some.
     */
    public static void toKinesis(DataStream<String> lines, String stream, String region, String endpoint) {
        Properties config = new Properties();
        config.setProperty(AWSConfigConstants.AWS_REGION, region);
        if (endpoint != null) {
            config.setProperty(AWSConfigConstants.AWS_ENDPOINT, endpoint);
            config.setProperty("aws.http.protocol.version", "HTTP1_1");
            System.setProperty(KinesisLines.CBOR_ENABLED_V2, "false");
            if (System.getenv("AWS_ACCESS_KEY_ID") == null) {
                config.setProperty(AWSConfigConstants.AWS_CREDENTIALS_PROVIDER, "BASIC");
                config.setProperty(AWSConfigConstants.AWS_ACCESS_KEY_ID, "local");
                config.setProperty(AWSConfigConstants.AWS_SECRET_ACCESS_KEY, "local");
            }
        }
        lines.sinkTo(KinesisStreamsSink.<String>builder().setKinesisClientProperties(config)
                        .setSerializationSchema(new SimpleStringSchema()).setStreamName(stream)
                        .setPartitionKeyGenerator(SalesforceCommandLine::agentOf).build())
                .name("Salesforce commands to Kinesis").uid("salesforce-kinesis");
    }
}
