package dev.presync.compiler.ast;

/** A range of a source text, in UTF-16 offsets. Line and column are derived only for messages. */
public record Span(int offset, int length) {
    public Span {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("bad span " + offset + "+" + length);
        }
    }

    public int end() {
        return offset + length;
    }

    /** The smallest span covering both. */
    public Span to(Span other) {
        int start = Math.min(offset, other.offset);
        return new Span(start, Math.max(end(), other.end()) - start);
    }
}
