package dev.presync.compiler.syntax;

import dev.presync.compiler.diag.Diagnostics;
import dev.presync.compiler.syntax.internal.PresyncLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Reads all tokens before the parser sees them, to report lexical errors once and keep parsing:
 * a bad character is reported and dropped, an unterminated string is reported and closed. It also
 * bounds nesting, so that 5,000 parentheses give a message instead of a StackOverflowError.
 */
final class TokenScreen {
    /** Deeper conditions are refused; no real rule comes close, and the parser recurses per level. */
    static final int MAX_NESTING = 200;

    private final TokenSpans spans;
    private final Diagnostics diagnostics;

    TokenScreen(TokenSpans spans, Diagnostics diagnostics) {
        this.spans = spans;
        this.diagnostics = diagnostics;
    }

    /** The tokens to parse, ending with EOF; null when the file nests too deeply to parse safely. */
    List<Token> screen(PresyncLexer lexer) {
        List<Token> tokens = new ArrayList<>();
        int parens = 0;
        int nots = 0;
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            switch (t.getType()) {
                case PresyncLexer.BAD_CHAR -> {
                    reportBadChar(t);
                    continue;
                }
                case PresyncLexer.UNTERMINATED_STRING -> {
                    Token repaired = RunawayStrings.repair(tokens, t, lexer, spans, diagnostics);
                    if (repaired != null) {
                        tokens.add(repaired);
                        continue;
                    }
                    t = closeString(t);
                }
                case PresyncLexer.SLIP_EQ -> t = repair(t, PresyncLexer.EQ, "==", "equality is written ==");
                case PresyncLexer.SLIP_AND -> t = repair(t, PresyncLexer.AND, "and", "conditions are joined with 'and'");
                case PresyncLexer.SLIP_OR -> t = repair(t, PresyncLexer.OR, "or", "conditions are joined with 'or'");
                case PresyncLexer.SLIP_NOT -> t = repair(t, PresyncLexer.NOT, "not", "negation is written 'not'");
                case PresyncLexer.SLIP_STRING -> t = repair(t, PresyncLexer.STRING,
                        "'" + t.getText().substring(1, t.getText().length() - 1) + "'",
                        "strings are written in single quotes");
                case PresyncLexer.LPAREN -> parens++;
                case PresyncLexer.RPAREN -> parens = Math.max(0, parens - 1);
                case PresyncLexer.NOT -> nots++;
                case PresyncLexer.RULE, PresyncLexer.ON, PresyncLexer.INACTIVE, PresyncLexer.STATUS, PresyncLexer.TEST ->
                        parens = 0;
                default -> {
                }
            }
            if (t.getType() != PresyncLexer.NOT && t.getType() != PresyncLexer.LPAREN) {
                nots = 0;
            }
            if (parens + nots > MAX_NESTING) {
                diagnostics.error(spans.of(t), "too-deep",
                        "condition nested more than " + MAX_NESTING + " levels deep",
                        "split the condition into several rules, or remove redundant parentheses and 'not's");
                return null;
            }
            tokens.add(t);
            if (t.getType() == Token.EOF) {
                return tokens;
            }
        }
    }

    private void reportBadChar(Token t) {
        int cp = t.getText().codePointAt(0);
        String shown = cp < 0x20 || cp == 0x7f || Character.isWhitespace(cp) || Character.isISOControl(cp)
                ? String.format("U+%04X", cp)
                : "'" + t.getText() + "' (U+" + String.format("%04X", cp) + ")";
        String hint = cp == '"' ? "strings are written in single quotes, on one line: 'Lunch'" : null;
        diagnostics.error(spans.of(t), "bad-character", "unexpected character " + shown, hint);
    }

    /** Reports a slip and hands the parser the token that was meant. */
    private Token repair(Token t, int type, String meant, String hint) {
        diagnostics.error(spans.of(t), "syntax", "write " + meant + " instead of " + t.getText(), hint);
        CommonToken fixed = new CommonToken(t);
        fixed.setType(type);
        fixed.setText(meant);
        return fixed;
    }

    private Token closeString(Token t) {
        diagnostics.error(spans.of(t), "unterminated-string", "unterminated string",
                "close it with ' on the same line; write \\' for a quote inside a string");
        CommonToken closed = new CommonToken(t);
        String text = t.getText();
        if (text.endsWith("\\") && !text.endsWith("\\\\")) {
            text = text.substring(0, text.length() - 1);
        }
        closed.setText(text + "'");
        closed.setType(PresyncLexer.STRING);
        return closed;
    }
}
