package dev.presync.compiler.diag;

/**
 * An error stops a file from running or compiling; a warning never does; a note (from
 * {@code presync lint}) is information worth a look.
 */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** As printed: {@code error}, {@code warning} or {@code note}. */
    public String label() {
        return label;
    }
}
