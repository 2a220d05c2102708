package dev.presync.compiler.syntax;

import dev.presync.compiler.diag.Diagnostics;
import dev.presync.compiler.syntax.internal.PresyncLexer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * A closing quote left out mid-line makes the string run on to the next quote, swallowing the
 * rest of the rule ({@code == 'Lunch set Salesforce 'Lunch'}); the slip only shows as a quote
 * left unterminated at the end. When an unterminated string follows a string on its line that
 * holds a keyword between spaces, the earlier string is reported where it starts, closed before
 * the keyword, and the lexer goes on from there, so the rest of the rule parses as meant.
 */
final class RunawayStrings {
    private static final Pattern SWALLOWED_KEYWORD = Pattern.compile("\\s(set|and|or|when|not|expect|from)\\s");

    private RunawayStrings() {
    }

    /**
     * The repaired string to put in place of the runaway one (tokens after it on the line are
     * dropped and the lexer is moved back to just after it), or null when {@code unterminated}
     * does not look like the tail of a runaway string.
     */
    static Token repair(List<Token> tokens, Token unterminated, PresyncLexer lexer, TokenSpans spans,
                        Diagnostics diagnostics) {
        int i = tokens.size() - 1;
        while (i >= 0 && tokens.get(i).getLine() == unterminated.getLine() && tokens.get(i).getType() != PresyncLexer.STRING) {
            i--;
        }
        if (i < 0 || tokens.get(i).getLine() != unterminated.getLine()) {
            return null;
        }
        Token runaway = tokens.get(i);
        String text = runaway.getText();
        Matcher m = SWALLOWED_KEYWORD.matcher(text);
        if (!m.find(1)) {
            return null;
        }
        int cut = m.start();
        int cutCodePoints = text.codePointCount(0, cut);
        CommonToken repaired = new CommonToken(runaway);
        repaired.setText(text.substring(0, cut) + "'");
        repaired.setStopIndex(runaway.getStartIndex() + cutCodePoints - 1);
        tokens.subList(i, tokens.size()).clear();
        diagnostics.error(spans.of(repaired), "unterminated-string",
                "string " + text.substring(0, cut) + " is not closed: it runs on to the next quote, taking '"
                        + m.group(1) + "' and the rest of the rule with it",
                "close it: " + text.substring(0, cut) + "'");
        lexer.getInputStream().seek(runaway.getStartIndex() + cutCodePoints);
        lexer.setLine(runaway.getLine());
        lexer.setCharPositionInLine(runaway.getCharPositionInLine() + cutCodePoints);
        return repaired;
    }
}
