package dev.presync.compiler.format;

import dev.presync.compiler.syntax.Lexeme.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lays out one declaration. A rule is its {@code rule NAME} line, then {@code on}, {@code when} and
 * {@code set}, each on a line indented by two; a test is {@code test NAME}, then {@code given} and
 * {@code expect}; a catalog entry is one line. A condition wider than {@link #WIDTH} breaks before
 * each {@code or} outside parentheses (or, when there is none, each {@code and}), indented by four.
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
        Set<Integer> chainBreaks = chainBreaks(decl);
        boolean named = decl.stream().anyMatch(p -> p.kind() == Kind.RULE);
        boolean inClause = false;
        boolean afterComment = false;
        for (int i = 0; i < decl.size(); i++) {
            Piece piece = decl.get(i);
            int indent = -1;
            if (i > 0 && startsClause(piece.kind(), named)) {
                indent = CLAUSE;
                inClause = true;
            } else if (chainBreaks.contains(i)) {
                indent = CONTINUED;
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

    /** Where a too-wide {@code when} line breaks: before its outermost {@code or}s, else {@code and}s. */
    private static Set<Integer> chainBreaks(List<Piece> decl) {
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
        Set<Integer> breaks = new HashSet<>();
        if (when < 0 || set < when || flatWidth(decl, when, set) <= WIDTH) {
            return breaks;
        }
        Set<Integer> ors = new HashSet<>();
        Set<Integer> ands = new HashSet<>();
        int depth = 0;
        for (int i = when + 1; i < set; i++) {
            switch (decl.get(i).kind()) {
                case LPAREN -> depth++;
                case RPAREN -> depth--;
                case OR -> {
                    if (depth == 0) {
                        ors.add(i);
                    }
                }
                case AND -> {
                    if (depth == 0) {
                        ands.add(i);
                    }
                }
                default -> {
                }
            }
        }
        breaks.addAll(ors.isEmpty() ? ands : ors);
        return breaks;
    }

    /** The width of {@code when ...} on one line, indent included, in characters. */
    private static int flatWidth(List<Piece> decl, int from, int to) {
        int width = CLAUSE;
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
