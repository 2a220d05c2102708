package dev.presync.lsp;

import dev.presync.compiler.ast.RuleDecl;
import dev.presync.compiler.ast.StatusDecl;
import dev.presync.compiler.ast.TestDecl;
import dev.presync.compiler.syntax.Lexeme;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolKind;

/** Go to definition (a test's {@code from RULE}, a status name) and the outline of a file. */
final class Navigation {
    private Navigation() {
    }

    /** Where the name at {@code offset} is declared; empty when it names nothing of this file. */
    static List<Location> definition(OpenDocument doc, int offset) {
        List<Lexeme> lexemes = doc.lexemes();
        int i = Tokens.at(lexemes, offset);
        if (i < 0) {
            return List.of();
        }
        RuleDecl rule = RuleLookup.rule(doc.tree(), lexemes, i);
        if (rule != null) {
            return List.of(new Location(doc.uri(), doc.positions().range(rule.name().span())));
        }
        StatusDecl status = RuleLookup.status(doc.tree(), lexemes, i);
        if (status != null) {
            return List.of(new Location(doc.uri(), doc.positions().range(status.span())));
        }
        return List.of();
    }

    /** Rules, catalog entries and tests, in file order. */
    static List<DocumentSymbol> symbols(OpenDocument doc) {
        Positions p = doc.positions();
        List<DocumentSymbol> out = new ArrayList<>();
        for (RuleDecl r : doc.tree().rules()) {
            String name = r.name() != null ? r.name().text() : "on " + r.event().text() + " (line "
                    + doc.source().lines().line(r.span().offset()) + ")";
            var selection = r.name() != null ? r.name().span() : r.event().span();
            out.add(new DocumentSymbol(name, SymbolKind.Function, p.range(r.span()), p.range(selection),
                    r.inactive() ? "inactive rule" : "rule"));
        }
        for (StatusDecl s : doc.tree().statuses()) {
            out.add(new DocumentSymbol(s.system().text() + " " + s.name().value(), SymbolKind.EnumMember,
                    p.range(s.span()), p.range(s.name().span()), "status"));
        }
        for (TestDecl t : doc.tree().tests()) {
            out.add(new DocumentSymbol(t.name().text(), SymbolKind.Method, p.range(t.span()), p.range(t.name().span()), "test"));
        }
        out.sort((a, b) -> {
            int line = Integer.compare(a.getRange().getStart().getLine(), b.getRange().getStart().getLine());
            return line != 0 ? line : Integer.compare(a.getRange().getStart().getCharacter(), b.getRange().getStart().getCharacter());
        });
        return out;
    }
}
