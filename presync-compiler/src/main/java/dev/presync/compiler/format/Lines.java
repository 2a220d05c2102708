package dev.presync.compiler.format;

import java.util.ArrayList;
import java.util.List;

/** The formatted output, built a word at a time; joined with the file's own line end at the end. */
final class Lines {
    private final List<String> done = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int indent;
    private boolean hasWords;

    /** Ends the current line, if it has anything on it, and starts the next at {@code indent}. */
    void newLine(int indent) {
        if (hasWords) {
            done.add(line.toString());
            line.setLength(0);
            hasWords = false;
        }
        this.indent = indent;
    }

    /** Adds a word, with a space before it unless it opens the line or {@code tight} says so. */
    void word(String text, boolean tight) {
        if (!hasWords) {
            line.append(" ".repeat(indent));
        } else if (!tight) {
            line.append(' ');
        }
        line.append(text);
        hasWords = true;
    }

    /** A comment ends its line: after the words on it, or on a line of its own. */
    void comment(String text) {
        word(text.stripTrailing(), false);
        newLine(indent);
    }

    /** One empty line, never two in a row and never at the top. */
    void blank() {
        newLine(indent);
        if (!done.isEmpty() && !done.get(done.size() - 1).isEmpty()) {
            done.add("");
        }
    }

    boolean atLineStart() {
        return !hasWords;
    }

    /** The lines joined by {@code lineEnd}, each ended by it; empty when nothing was written. */
    String join(String lineEnd) {
        newLine(0);
        while (!done.isEmpty() && done.get(done.size() - 1).isEmpty()) {
            done.remove(done.size() - 1);
        }
        StringBuilder out = new StringBuilder();
        for (String l : done) {
            out.append(l).append(lineEnd);
        }
        return out.toString();
    }
}
