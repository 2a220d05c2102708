package dev.presync.sync;

import java.util.Objects;

/**
 * What became of one command a rule asked for. Every action of every fired rule gets one, so
 * nothing a rule asked for disappears without a trace.
 *
 * @param detail why it was skipped, stopped or failed; empty when sent
 */
public record CommandResult(Command command, Status status, String detail) {
    public enum Status {
        /** Handed to the gateway. */
        SENT,
        /** Not sent: the target already has, or was already asked for, that status. */
        SKIPPED,
        /** Not sent: the chain reached its limit; see the outcome's oscillation. */
        STOPPED,
        /** The gateway threw; the engine went on. */
        FAILED
    }

    public CommandResult {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }
}
