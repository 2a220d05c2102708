package dev.presync.compiler.load;

/**
 * The JVM refused a generated class. That is a compiler bug, never a user's mistake, so the
 * message carries ASM's verifier report to make the bug report self-contained.
 */
public final class RuleSetLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RuleSetLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
