package dev.presync.lsp;

import dev.presync.compiler.ast.RuleDecl;
import dev.presync.compiler.syntax.Lexeme;
import java.util.List;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * Hover: an event, operand or comparator shows its entry of the language reference; a rule's
 * name (where declared, or after {@code from}) shows when that rule fires.
 */
final class Hovers {
    private Hovers() {
    }

    /** The hover at {@code offset}, or null. */
    static Hover at(OpenDocument doc, int offset) {
        List<Lexeme> lexemes = doc.lexemes();
        int i = Tokens.at(lexemes, offset);
        if (i < 0) {
            return null;
        }
        Lexeme token = lexemes.get(i);
        String text;
        RuleDecl rule = RuleLookup.rule(doc.tree(), lexemes, i);
        if (rule != null) {
            text = summary(doc, rule);
        } else {
            text = LanguageDocs.bundled().of(token.text());
        }
        if (text == null) {
            return null;
        }
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, text), doc.positions().range(token.span()));
    }

    /** When the rule fires and what it sets, in one line of the file's own words. */
    static String summary(OpenDocument doc, RuleDecl rule) {
        StringBuilder out = new StringBuilder("rule `").append(rule.name().text()).append('`');
        if (rule.inactive()) {
            out.append(" (inactive: never fires)");
        }
        out.append("\n\nfires on `").append(rule.event().text()).append('`');
        if (rule.condition() != null) {
            var span = rule.condition().span();
            String condition = doc.text().substring(span.offset(), span.end()).replaceAll("\\s+", " ");
            out.append(" when `").append(condition).append('`');
        }
        out.append(", and sets ").append(rule.destination().text()).append(' ')
                .append(doc.text(), rule.state().span().offset(), rule.state().span().end());
        return out.toString();
    }
}
