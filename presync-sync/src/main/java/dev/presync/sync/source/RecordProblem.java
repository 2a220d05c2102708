package dev.presync.sync.source;

import java.util.List;

/**
 * A problem found deep inside a reader, with the keys that lead to it: thrown to leave the reader
 * at once and turned into a {@link Reading.Problem} at its entry point, never seen by a caller.
 */
final class RecordProblem extends Exception {
    private static final long serialVersionUID = 1L;
    final List<String> keyPath;

    RecordProblem(List<String> keyPath, String message) {
        super(message, null, false, false);
        this.keyPath = List.copyOf(keyPath);
    }

    Reading.Problem reading() {
        return new Reading.Problem(keyPath, getMessage());
    }
}
