package dev.presync.compiler.diag;

/** An error stops a file from running or compiling; a warning never does. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** As printed: {@code error} or {@code warning}. */
    public String label() {
        return label;
    }
}
