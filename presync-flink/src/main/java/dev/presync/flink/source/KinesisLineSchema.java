package dev.presync.flink.source;

import dev.presync.compiler.source.SourceDecoder;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.connectors.kinesis.serialization.KinesisDeserializationSchema;

/**
 * A Kinesis record as an {@link InputLine}: one record is one JSON event (the Agent Event Stream
 * puts one agent event in each record, partitioned by AgentARN), placed by stream, shard and
 * sequence number.
 */
final class KinesisLineSchema implements KinesisDeserializationSchema<InputLine> {
    private static final long serialVersionUID = 1L;
    private final int input;

    KinesisLineSchema(int input) {
        this.input = input;
    }

    @Override
    public InputLine deserialize(byte[] record, String partitionKey, String seqNum, long approxArrivalTimestamp,
                                 String stream, String shardId) {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(record);
        return new InputLine(input, stream + "/" + shardId, 0, seqNum, decoded.text().strip(),
                decoded.isValid() ? -1 : decoded.badByteValue());
    }

    @Override
    public TypeInformation<InputLine> getProducedType() {
        return TypeInformation.of(InputLine.class);
    }
}
