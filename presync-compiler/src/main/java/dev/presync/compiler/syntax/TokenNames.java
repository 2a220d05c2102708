package dev.presync.compiler.syntax;

import dev.presync.compiler.syntax.internal.PresyncLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
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
        if (expected.contains(PresyncLexer.STRING) && expected.size() == 1 && before == PresyncLexer.IDENT) {
            return "the target status as a quoted string, e.g. 'Lunch'";
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
