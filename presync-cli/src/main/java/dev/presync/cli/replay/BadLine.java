package dev.presync.cli.replay;

/** What is wrong with one input line, and the 1-based column where it was found. */
final class BadLine extends Exception {
    private static final long serialVersionUID = 1L;
    final int column;

    BadLine(int column, String message) {
        super(message);
        this.column = column;
    }
}
