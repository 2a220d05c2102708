package dev.presync.bench.workload;

import java.util.List;

/**
 * The names rules and events draw from. Example names come from {@code rules-examples/}; the
 * generated pools are large enough that, even at 10,000 rules, an event matches about as many
 * rules as at 10 (see {@link RuleGenerator}): the benchmark measures finding rules, not building
 * long result lists.
 */
final class Vocabulary {
    static final List<String> EXAMPLE_CONNECT = List.of(
            "Available", "Lunch", "Break", "Training", "Meeting", "Offline", "Busy", "AfterCallWork", "Unavailable");
    static final List<String> EXAMPLE_SALESFORCE = List.of(
            "Available", "Lunch", "Break", "Training", "Meeting", "Offline", "offline", "On_a_Call");
    static final List<String> EXAMPLE_CHANNELS = List.of("sfdc_phone", "casesChannel", "chatChannel");

    static final int CONNECT_POOL = 16384;
    static final int SALESFORCE_POOL = 8192;
    static final int CHANNEL_POOL = 8192;
    /** Capacities run 1..MAX_CAPACITY (and 0, which makes the Pct values missing). */
    static final int MAX_CAPACITY = 40;

    private Vocabulary() {
    }

    static String connectState(int i) {
        return String.format("Aux_%05d", i);
    }

    static String salesforceState(int i) {
        return String.format("Presence_%05d", i);
    }

    static String channel(int i) {
        return String.format("channel_%05d", i);
    }
}
