package dev.presync.flink.connect;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Runs {@link ConnectSinkFunction} and, when a bounded input ends, sends what still waits for the
 * rate limit. Flink does not fire processing-time timers after the end of input, and those timers
 * are how the function sends commands that had to wait, so without this the commands queued last
 * would get no outcome. {@link BoundedOneInput#endInput()} is Flink's hook for it; a function cannot
 * implement it, hence an operator.
 */
public final class ConnectSinkOperator extends KeyedProcessOperator<String, ConnectCommand, Void> implements BoundedOneInput {
    private static final long serialVersionUID = 1L;

    public ConnectSinkOperator(ConnectSinkFunction function) {
        super(function);
    }

    /** The Connect sink on {@code commands}: one task, keyed by account; outcomes on {@link ConnectSinkFunction#OUTCOMES}. */
    public static SingleOutputStreamOperator<Void> attach(DataStream<ConnectCommand> commands, ConnectSinkSettings settings) {
        return commands.keyBy(c -> "account")
                .transform("Amazon Connect PutUserStatus", Types.VOID, new ConnectSinkOperator(new ConnectSinkFunction(settings)))
                .uid("connect-sink").setParallelism(1);
    }

    @Override
    public void endInput() throws Exception {
        ((ConnectSinkFunction) userFunction).drain(outcome -> output.collect(ConnectSinkFunction.OUTCOMES, new StreamRecord<>(outcome)));
    }
}
