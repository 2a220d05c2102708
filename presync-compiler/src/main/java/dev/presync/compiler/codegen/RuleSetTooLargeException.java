package dev.presync.compiler.codegen;

/**
 * A rule set the back end cannot fit into a JVM class file. The design keeps this far away (data
 * in tables, conditions split into methods), so it marks a bug or a pathological input; it exists
 * so that ASM's own exceptions never reach a user.
 */
public final class RuleSetTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RuleSetTooLargeException(String message, Throwable cause) {
        super(message, cause);
    }
}
