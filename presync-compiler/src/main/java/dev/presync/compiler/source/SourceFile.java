package dev.presync.compiler.source;

import java.util.Objects;

/**
 * The text of one rule file and the name it is reported under. Line and column are computed from
 * offsets only when a message is rendered.
 */
public final class SourceFile {
    private final String name;
    private final String text;
    private LineMap lines;

    public SourceFile(String name, String text) {
        this.name = Objects.requireNonNull(name, "name");
        this.text = Objects.requireNonNull(text, "text");
    }

    /** The name messages use: the path as the user gave it, or a label such as {@code <string>}. */
    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The line map, built on first use; a source is read on one thread at a time. */
    public LineMap lines() {
        if (lines == null) {
            lines = new LineMap(text);
        }
        return lines;
    }
}
