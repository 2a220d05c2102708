package dev.presync.cli;

/** A problem with how the command was called (e.g. an unreadable file): exit code 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
