package dev.presync.compiler.codegen;

import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/** Random events of every type, with values missing, at boundaries, and from the rules' text pool. */
final class EventGen {
    /** Around 2^31 too: below it a Pct band's products are compared in a plain long, from it exactly. */
    private static final long[] NUMBERS = {0, 1, 2, 3, 5, 50, 99, 100, 101, 300, 1000, 1_000_000,
        (1L << 31) - 1, 1L << 31, (1L << 31) + 1, 1L << 62, Long.MAX_VALUE - 1, Long.MAX_VALUE, 92233720368547758L, 922337203685477580L};

    private EventGen() {
    }

    static Gen<List<RuleEvent>> eventLists(int size) {
        return in -> {
            List<RuleEvent> events = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                events.add(event(in));
            }
            return events;
        };
    }

    static RuleEvent event(RandomnessSource in) {
        EventType type = EventType.values()[RuleSetGen.pick(in, 0, EventType.values().length - 1)];
        RuleEvent.Builder b = RuleEvent.builder(type);
        for (Operand o : type.carries()) {
            if (o.isDerived() || RuleSetGen.pick(in, 0, 7) == 0) {
                continue; // Pct is derived; otherwise missing one time in eight
            }
            if (type == EventType.SALESFORCE_AGENT_LOGOUT) {
                continue;
            }
            switch (o.type()) {
                case TEXT -> b.text(o, RuleSetGen.TEXTS.get(RuleSetGen.pick(in, 0, RuleSetGen.TEXTS.size() - 1)));
                case NUMBER -> b.number(o, number(in));
            }
        }
        return b.build();
    }

    private static long number(RandomnessSource in) {
        int choice = RuleSetGen.pick(in, 0, NUMBERS.length + 1);
        if (choice < NUMBERS.length) {
            return NUMBERS[choice];
        }
        return choice == NUMBERS.length ? RuleSetGen.pick(in, 0, 400)
                : Generate.longRange(0, Long.MAX_VALUE).generate(in);
    }
}
