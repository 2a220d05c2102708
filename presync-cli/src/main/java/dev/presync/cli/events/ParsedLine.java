package dev.presync.cli.events;

import dev.presync.runtime.RuleEvent;

/** One input line, read: an event to evaluate, or the reason it cannot be. */
public sealed interface ParsedLine {
    /** The optional {@code "agent"} key, echoed back in the output; null when absent or unreadable. */
    String agent();

    record Event(RuleEvent event, String agent) implements ParsedLine {
    }

    /** @param column the 1-based column the problem was found at */
    record Bad(int column, String message, String agent) implements ParsedLine {
    }
}
