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

    static RuleSetTooLargeException of(dev.presync.compiler.checked.CheckedRuleSet ruleSet, Exception limit) {
        return new RuleSetTooLargeException("rule set " + ruleSet.sourceName() + " does not fit the JVM's class file"
                + " limits (65,535 constant pool entries and 64 KB of bytecode per method) even split over several"
                + " classes: " + limit.getMessage() + "; split its rules over several files, or run it with"
                + " --engine interpreted", limit);
    }
}
