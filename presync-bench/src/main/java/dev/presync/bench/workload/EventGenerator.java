package dev.presync.bench.workload;

import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The events every engine sees, the same for every rule-set size: a fixed-seed mix of all five
 * event types. Half the names come from the examples' vocabulary (so example rules fire), half
 * from the generated pools; a few values are missing and a few capacities are 0, because real
 * streams have them and a comparison with a missing value must be false.
 */
public final class EventGenerator {
    /** A power of two, so the benchmark cycles with a mask. */
    public static final int COUNT = 1024;

    private EventGenerator() {
    }

    public static RuleEvent[] events() {
        return events(COUNT);
    }

    /** The first {@code count} events of the same fixed-seed sequence (the ingestion stream is 200,000 long). */
    public static RuleEvent[] events(int count) {
        SplittableRandom r = new SplittableRandom(20_26_11_24L);
        RuleEvent[] out = new RuleEvent[count];
        for (int i = 0; i < count; i++) {
            out[i] = event(r);
        }
        return out;
    }

    private static RuleEvent event(SplittableRandom r) {
        int kind = r.nextInt(100);
        if (kind < 35) {
            return RuleEvent.builder(EventType.CONNECT_AGENT_STATE_CHANGE)
                    .text(Operand.CONNECT_NEW_STATE, connect(r))
                    .text(Operand.CONNECT_OLD_STATE, r.nextInt(20) == 0 ? null : connect(r))
                    .build();
        }
        if (kind < 55) {
            return RuleEvent.salesforceAgentStateChange(salesforce(r));
        }
        if (kind < 60) {
            return RuleEvent.salesforceAgentLogout();
        }
        if (kind < 70) {
            return RuleEvent.salesforceWorkAccepted(r.nextBoolean()
                    ? pick(r, Vocabulary.EXAMPLE_CHANNELS) : Vocabulary.channel(r.nextInt(Vocabulary.CHANNEL_POOL)));
        }
        return workload(r);
    }

    private static RuleEvent workload(SplittableRandom r) {
        int capacity = r.nextInt(25) == 0 ? 0 : 1 + r.nextInt(Vocabulary.MAX_CAPACITY);
        int previous = r.nextInt(capacity + 2);
        int next = Math.max(0, previous + r.nextInt(5) - 2);
        RuleEvent.Builder b = RuleEvent.builder(EventType.SALESFORCE_WORKLOAD_CHANGED);
        if (r.nextInt(30) != 0) {
            b.number(Operand.SALESFORCE_PREVIOUS_WORKLOAD, previous);
        }
        b.number(Operand.SALESFORCE_NEW_WORKLOAD, next);
        if (r.nextInt(40) != 0) {
            b.number(Operand.SALESFORCE_CONFIGURED_CAPACITY, capacity);
        }
        return b.build();
    }

    private static String connect(SplittableRandom r) {
        return r.nextBoolean() ? pick(r, Vocabulary.EXAMPLE_CONNECT) : Vocabulary.connectState(r.nextInt(Vocabulary.CONNECT_POOL));
    }

    private static String salesforce(SplittableRandom r) {
        return r.nextBoolean() ? pick(r, Vocabulary.EXAMPLE_SALESFORCE)
                : Vocabulary.salesforceState(r.nextInt(Vocabulary.SALESFORCE_POOL));
    }

    private static String pick(SplittableRandom r, List<String> names) {
        return names.get(r.nextInt(names.size()));
    }
}
