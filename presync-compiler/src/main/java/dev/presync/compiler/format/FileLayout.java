package dev.presync.compiler.format;

import dev.presync.compiler.syntax.Lexeme.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Orders and spaces a file's declarations: the comment block that opens the file stays on top,
 * then the catalog, then rules and tests in their own order (the order rules fire in never
 * changes). One blank line between declarations; between two catalog lines only where there was
 * one, so groups of statuses stay grouped.
 */
final class FileLayout {
    private FileLayout() {
    }

    /** A declaration: its pieces, the first carrying the comments above it. */
    private record Unit(List<Piece> pieces) {
        boolean isStatus() {
            return pieces.get(0).kind() == Kind.STATUS;
        }

        List<Piece.Note> notes() {
            return pieces.get(0).leading();
        }

        boolean blankBefore() {
            return notes().isEmpty() ? pieces.get(0).blankBefore() : notes().get(0).blankBefore();
        }
    }

    /**
     * Lays out pieces (the last one the end of file) cut into declarations where a token starts
     * at one of {@code declarationStarts}.
     */
    static String layout(List<Piece> pieces, Set<Integer> declarationStarts, String lineEnd) {
        List<Unit> units = units(pieces.subList(0, pieces.size() - 1), declarationStarts);
        Lines out = new Lines();
        List<Piece.Note> header = List.of();
        if (!units.isEmpty()) {
            Unit first = units.get(0);
            int split = headerSize(first);
            header = first.notes().subList(0, split);
            notes(header, out);
            if (!header.isEmpty()) {
                out.blank();
            }
        }
        List<Unit> ordered = new ArrayList<>(units.stream().filter(Unit::isStatus).toList());
        ordered.addAll(units.stream().filter(u -> !u.isStatus()).toList());
        Unit previous = null;
        for (Unit unit : ordered) {
            if (previous != null && !(previous.isStatus() && unit.isStatus() && !unit.blankBefore())) {
                out.blank();
            }
            List<Piece.Note> notes = unit.notes();
            if (unit == units.get(0)) {
                notes = notes.subList(header.size(), notes.size());
            }
            // A catalog line moved to the top keeps its comments together, so that a blank line
            // among them cannot be read as the end of the file's opening block next time.
            boolean movedToTop = previous == null && unit != units.get(0);
            notes(movedToTop ? closeUp(notes) : notes, out);
            if (!notes.isEmpty() && !movedToTop && unit.pieces().get(0).blankBefore()) {
                out.blank();
            }
            out.newLine(0);
            DeclarationPrinter.print(unit.pieces(), out);
            previous = unit;
        }
        List<Piece.Note> tail = pieces.get(pieces.size() - 1).leading();
        if (!tail.isEmpty() && tail.get(0).blankBefore()) {
            out.blank();
        }
        notes(tail, out);
        return out.join(lineEnd);
    }

    /** How many of the first declaration's comments open the file: those before its last blank line. */
    private static int headerSize(Unit first) {
        List<Piece.Note> notes = first.notes();
        if (!notes.isEmpty() && first.pieces().get(0).blankBefore()) {
            return notes.size();
        }
        for (int i = notes.size() - 1; i > 0; i--) {
            if (notes.get(i).blankBefore()) {
                return i;
            }
        }
        return 0;
    }

    private static List<Piece.Note> closeUp(List<Piece.Note> notes) {
        return notes.stream().map(n -> new Piece.Note(n.comment(), false)).toList();
    }

    private static void notes(List<Piece.Note> notes, Lines out) {
        for (int i = 0; i < notes.size(); i++) {
            if (i > 0 && notes.get(i).blankBefore()) {
                out.blank();
            }
            out.newLine(0);
            out.comment(notes.get(i).comment().text());
        }
    }

    private static List<Unit> units(List<Piece> tokens, Set<Integer> starts) {
        List<Unit> units = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || starts.contains(tokens.get(i).token().span().offset())) {
                units.add(new Unit(tokens.subList(from, i)));
                from = i;
            }
        }
        return tokens.isEmpty() ? List.of() : units;
    }
}
