package dev.presync.compiler.syntax;

import dev.presync.compiler.syntax.internal.PresyncLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Words for tokens in syntax errors: what was found, and what was expected instead. */
final class TokenNames {
    private static final int MAX_QUOTED = 40;

    private TokenNames() {
    }

    /** The token as found, e.g. {@code 'Salesforce'} or {@code end of file}. */
    static String found(Token token) {
        if (token.getType() == Token.EOF) {
            return "end of file";
        }
        String text = token.getText();
        if (text.length() > MAX_QUOTED) {
            text = text.substring(0, MAX_QUOTED) + "...";
        }
        return text.startsWith("'") ? "string " + text : "'" + text + "'";
    }

    /**
     * What the parser expected, phrased for a rule author. {@code previous} is the token before
     * the error; after {@code on} a name is an event, after {@code set} a destination.
     */
    static String expected(IntervalSet expected, Token previous) {
        int before = previous == null ? -1 : previous.getType();
        if (expected.contains(PresyncLexer.IDENT) && before == PresyncLexer.ON) {
            return "an event name such as ConnectAgentStateChange";
        }
        if (expected.contains(PresyncLexer.IDENT) && before == PresyncLexer.SET) {
            return "a destination: Salesforce or Connect";
        }
        if (expected.contains(PresyncLexer.ON) && expected.contains(PresyncLexer.STATUS)
                && expected.contains(PresyncLexer.TEST)) {
            return "a new rule, test or status line";
        }
        List<String> words = new ArrayList<>();
        boolean value = expected.contains(PresyncLexer.IDENT) && expected.contains(PresyncLexer.STRING)
                && expected.contains(PresyncLexer.NUMBER);
        if (value) {
            words.add("an operand, a string or a number");
        }
        for (int type : expected.toArray()) {
            if (value && (type == PresyncLexer.IDENT || type == PresyncLexer.STRING || type == PresyncLexer.NUMBER)) {
                continue;
            }
            words.add(name(type));
        }
        return join(words);
    }

    /**
     * What belongs where {@code found} stands, judged from the two tokens before it, or null when
     * they do not tell. {@code set Connect 12} wants a quoted status whatever ANTLR predicted.
     */
    static String expectedFromContext(TokenStream tokens, Token found) {
        int i = found.getTokenIndex();
        int before = i >= 1 ? tokens.get(i - 1).getType() : -1;
        int twoBefore = i >= 2 ? tokens.get(i - 2).getType() : -1;
        int type = found.getType();
        if (before == PresyncLexer.SET && type != PresyncLexer.IDENT) {
            return "a destination: Salesforce or Connect";
        }
        if ((before == PresyncLexer.ON || before == PresyncLexer.GIVEN) && type != PresyncLexer.IDENT) {
            return "an event name such as ConnectAgentStateChange";
        }
        if (before == PresyncLexer.IDENT && twoBefore == PresyncLexer.SET && type != PresyncLexer.STRING) {
            return "the target status as a quoted string, e.g. 'Lunch'";
        }
        if (before == PresyncLexer.IDENT && twoBefore == PresyncLexer.STATUS && type != PresyncLexer.STRING) {
            return "the status name as a quoted string, e.g. 'Lunch'";
        }
        return null;
    }

    /** True for the tokens a rule, test or status line can begin with. */
    static boolean startsDeclaration(int type) {
        return type == PresyncLexer.RULE || type == PresyncLexer.ON || type == PresyncLexer.INACTIVE
                || type == PresyncLexer.STATUS || type == PresyncLexer.TEST;
    }

    private static String name(int type) {
        return switch (type) {
            case Token.EOF -> "end of file";
            case PresyncLexer.IDENT -> "a name";
            case PresyncLexer.STRING -> "a string";
            case PresyncLexer.NUMBER -> "a number";
            default -> PresyncLexer.VOCABULARY.getLiteralName(type);
        };
    }

    private static String join(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
