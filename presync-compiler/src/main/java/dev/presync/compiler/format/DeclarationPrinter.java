package dev.presync.compiler.format;

import dev.presync.compiler.syntax.Lexeme.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out one declaration. A rule is its {@code rule NAME} line, then {@code on}, {@code when} and
 * {@code set}, each on a line indented by two; a test is {@code test NAME}, then {@code given} and
 * {@code expect}; a catalog entry is one line. A condition wider than {@link #WIDTH} breaks before
 * each {@code or} outside parentheses (or, when there is none, each {@code and}), indented by four,
 * and a line still too wide breaks the same way inside its parentheses.
 * Comments force the line breaks they need and nothing else moves.
 */
final class DeclarationPrinter {
    /** Lines longer than this (in characters) break a condition's chain. */
    static final int WIDTH = 100;
    private static final int CLAUSE = 2;
    private static final int CONTINUED = 4;

    private DeclarationPrinter() {
    }

    /** Prints the declaration's tokens; the first token's own-line comments are the caller's. */
    static void print(List<Piece> decl, Lines out) {
        Map<Integer, Integer> chainBreaks = chainBreaks(decl);
        boolean named = decl.stream().anyMatch(p -> p.kind() == Kind.RULE);
        boolean inClause = false;
        boolean afterComment = false;
        for (int i = 0; i < decl.size(); i++) {
            Piece piece = decl.get(i);
            int indent = -1;
            if (i > 0 && startsClause(piece.kind(), named)) {
                indent = CLAUSE;
                inClause = true;
            } else if (chainBreaks.containsKey(i)) {
                indent = chainBreaks.get(i);
            } else if (i > 0 && (afterComment || !piece.leading().isEmpty())) {
                indent = inClause ? CONTINUED : CLAUSE;
            }
            if (indent >= 0) {
                if (i > 0) {
                    for (Piece.Note note : piece.leading()) {
                        out.newLine(indent);
                        out.comment(note.comment().text());
                    }
                }
                out.newLine(indent);
            }
            out.word(piece.token().text(), i > 0 && tight(decl.get(i - 1).kind(), piece.kind()));
            afterComment = piece.trailing() != null;
            if (afterComment) {
                out.comment(piece.trailing().text());
            }
        }
    }

    private static boolean startsClause(Kind kind, boolean named) {
        return switch (kind) {
            case WHEN, SET, GIVEN, EXPECT -> true;
            case ON -> named;
            default -> false;
        };
    }

    /** No space before {@code , : )}, after {@code (}, nor between a test's event and its {@code (}. */
    static boolean tight(Kind previous, Kind current) {
        return current == Kind.COMMA || current == Kind.COLON || current == Kind.RPAREN
                || previous == Kind.LPAREN || (current == Kind.LPAREN && previous == Kind.IDENT);
    }

    /**
     * Where a too-wide {@code when} line breaks, and the indent of each new line: before its
     * outermost {@code or}s (else {@code and}s); a line still too wide breaks the same way inside
     * its parenthesized groups, two spaces deeper. Decided from the tokens alone, never from the
     * layout found, so formatting twice changes nothing.
     */
    private static Map<Integer, Integer> chainBreaks(List<Piece> decl) {
        int when = -1;
        int set = -1;
        for (int i = 0; i < decl.size(); i++) {
            Kind k = decl.get(i).kind();
            if (k == Kind.WHEN) {
                when = i;
            } else if (k == Kind.SET) {
                set = i;
            }
        }
        Map<Integer, Integer> breaks = new HashMap<>();
        if (when >= 0 && set > when + 1) {
            group(decl, when + 1, set, CLAUSE + flatWidth(decl, when, when + 1) + 1, CONTINUED, breaks);
        }
        return breaks;
    }

    /** Breaks the tokens {@code [from, to)}, which start {@code column} characters into their line. */
    private static void group(List<Piece> decl, int from, int to, int column, int indent, Map<Integer, Integer> breaks) {
        if (column + flatWidth(decl, from, to) <= WIDTH) {
            return;
        }
        List<Integer> ors = new ArrayList<>();
        List<Integer> ands = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < to; i++) {
            switch (decl.get(i).kind()) {
                case LPAREN -> depth++;
                case RPAREN -> depth--;
                case OR -> addIf(depth == 0, i, ors);
                case AND -> addIf(depth == 0, i, ands);
                default -> {
                }
            }
        }
        List<Integer> cuts = ors.isEmpty() ? ands : ors;
        cuts.forEach(i -> breaks.put(i, indent));
        int lineStart = from;
        int lineColumn = column;
        List<Integer> ends = new ArrayList<>(cuts);
        ends.add(to);
        for (int end : ends) {
            if (lineColumn + flatWidth(decl, lineStart, end) > WIDTH) {
                inner(decl, lineStart, end, lineColumn, indent + 2, breaks);
            }
            lineStart = end;
            lineColumn = indent;
        }
    }

    /** Breaks inside each outermost parenthesized group of one line {@code [from, to)}. */
    private static void inner(List<Piece> decl, int from, int to, int column, int indent, Map<Integer, Integer> breaks) {
        int depth = 0;
        int open = -1;
        for (int i = from; i < to; i++) {
            Kind k = decl.get(i).kind();
            if (k == Kind.LPAREN && depth++ == 0) {
                open = i;
            } else if (k == Kind.RPAREN && --depth == 0 && open >= 0) {
                int before = column + (open > from ? flatWidth(decl, from, open) + 1 : 0) + 1;
                group(decl, open + 1, i, before, indent, breaks);
                open = -1;
            }
        }
    }

    private static void addIf(boolean condition, int i, List<Integer> to) {
        if (condition) {
            to.add(i);
        }
    }

    /** The width of tokens {@code [from, to)} on one line, in characters. */
    private static int flatWidth(List<Piece> decl, int from, int to) {
        int width = 0;
        for (int i = from; i < to; i++) {
            String text = decl.get(i).token().text();
            width += text.codePointCount(0, text.length());
            if (i > from && !tight(decl.get(i - 1).kind(), decl.get(i).kind())) {
                width++;
            }
        }
        return width;
    }
}
