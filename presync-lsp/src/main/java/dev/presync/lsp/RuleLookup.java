package dev.presync.lsp;

import dev.presync.compiler.ast.RuleDecl;
import dev.presync.compiler.ast.RuleFile;
import dev.presync.compiler.ast.StatusDecl;
import dev.presync.compiler.syntax.Lexeme;
import dev.presync.compiler.syntax.Lexeme.Kind;
import dev.presync.runtime.Destination;
import java.util.List;

/** Finds what a token names: the rule a name or {@code from} refers to, the catalog entry of a status. */
final class RuleLookup {
    private RuleLookup() {
    }

    /** The rule the token at {@code i} names (as its own name, or after {@code from}); null when none. */
    static RuleDecl rule(RuleFile tree, List<Lexeme> lexemes, int i) {
        Lexeme token = lexemes.get(i);
        if (token.kind() != Kind.IDENT && token.kind() != Kind.STRING) {
            return null;
        }
        for (RuleDecl r : tree.rules()) {
            if (r.name() != null && r.name().span().offset() == token.span().offset()) {
                return r;
            }
        }
        Lexeme previous = Tokens.before(lexemes, i);
        if (previous == null || previous.kind() != Kind.FROM) {
            return null;
        }
        String name = Tokens.name(token);
        return tree.rules().stream().filter(r -> r.name() != null && r.name().text().equals(name)).findFirst().orElse(null);
    }

    /** The catalog entry a status string names, the same system's first when the place says whose. */
    static StatusDecl status(RuleFile tree, List<Lexeme> lexemes, int i) {
        Lexeme token = lexemes.get(i);
        if (token.kind() != Kind.STRING) {
            return null;
        }
        String value = Vocabulary.unquoted(token);
        StatusPlace place = StatusPlace.before(Cursor.of(lexemes, token.span().offset()));
        Destination system = place == null ? null : place.system();
        StatusDecl any = null;
        for (StatusDecl s : tree.statuses()) {
            boolean named = s.name().value().equals(value) || s.channels().stream().anyMatch(c -> c.value().equals(value));
            if (!named || s.name().span().offset() == token.span().offset()) {
                continue;
            }
            if (system == null || system == Destination.bySpelling(s.system().text())) {
                return s;
            }
            if (any == null) {
                any = s;
            }
        }
        return any;
    }
}
