package dev.presync.sync.replay;

import dev.presync.runtime.RuleEvent;
import dev.presync.sync.Command;
import dev.presync.sync.Oscillation;
import dev.presync.sync.Outcome;
import java.time.Instant;

/**
 * What a replay reports, as it happens: a front end turns these calls into printed lines, a test
 * collects them. For each event the order is {@link #outcome}, then {@link #sent} for each command
 * sent, then {@link #oscillation} if its chain was stopped. Every method does nothing by default.
 *
 * <p>{@code input} names where the event came from: the item's origin, or {@code echo of ORIGIN}
 * for a change the simulated systems sent back.
 */
public interface ReplayListener {
    /** Every event the engine handled, with what it made of it. */
    default void outcome(Instant time, String input, Outcome outcome) {
    }

    /** A command handed to a (simulated) system, caused by {@code cause}. */
    default void sent(Instant time, String input, Command command, RuleEvent cause) {
    }

    /** A chain of rule-caused commands stopped at the policy's limit. */
    default void oscillation(Instant time, String input, Oscillation oscillation, RuleEvent cause) {
    }

    /** A record that carries nothing for rules. */
    default void ignored(ReplayItem.Ignored item) {
    }

    /**
     * An event earlier than {@code latest}, the time of an event before it in the same input: it is
     * replayed where it stands, out of time order.
     */
    default void outOfOrder(ReplayItem.Timed item, Instant latest) {
    }

    /** A record that could not be read; the replay goes on. */
    default void bad(ReplayItem.Bad item) {
    }
}
