package dev.presync.flink.job;

import dev.presync.flink.source.InputLine;
import java.util.Comparator;

/**
 * A line that reads as an event, keyed by its agent and stamped with its time; the text goes with
 * it and is read again where the agent's state is, so that no second codec for source events is
 * needed. A POJO, so Flink serialises it without Kryo.
 */
public class TimedEvent {
    /** One agent's events in the order {@code presync replay} handles them. */
    static final Comparator<TimedEvent> ORDER = Comparator.<TimedEvent>comparingLong(e -> e.epochSecond)
            .thenComparingInt(e -> e.nano).thenComparingInt(e -> e.line.input)
            .thenComparing(e -> e.line.source).thenComparingLong(e -> e.line.line)
            .thenComparing(e -> e.line.position, Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));

    public String agent;
    public long epochSecond;
    public int nano;
    public InputLine line;

    public TimedEvent() {
    }

    TimedEvent(String agent, long epochSecond, int nano, InputLine line) {
        this.agent = agent;
        this.epochSecond = epochSecond;
        this.nano = nano;
        this.line = line;
    }

    long epochMilli() {
        return Math.addExact(Math.multiplyExact(epochSecond, 1000L), nano / 1_000_000);
    }
}
