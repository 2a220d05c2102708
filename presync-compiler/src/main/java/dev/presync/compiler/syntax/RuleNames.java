package dev.presync.compiler.syntax;

import dev.presync.compiler.syntax.internal.PresyncLexer;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Vocabulary;

/**
 * How a rule's name is written in a rule file, for whoever writes rule files (import, a formatter):
 * a plain word as it is, anything else (a keyword, spaces at either end, other characters) as a
 * string. The keywords are read from the grammar, so a keyword added there is quoted here too.
 */
public final class RuleNames {
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> KEYWORDS = keywords();

    private RuleNames() {
    }

    /** True when {@code word} is one of the language's keywords, e.g. {@code test} or {@code nothing}. */
    public static boolean isKeyword(String word) {
        return KEYWORDS.contains(word);
    }

    /**
     * {@code name} as the rule file text that gives it back exactly. The caller refuses line
     * breaks first: no string in a rule file holds one.
     */
    public static String write(String name) {
        if (WORD.matcher(name).matches() && !isKeyword(name)) {
            return name;
        }
        return "'" + name.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static Set<String> keywords() {
        Vocabulary vocabulary = PresyncLexer.VOCABULARY;
        Set<String> words = new HashSet<>();
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal != null && literal.length() > 2) {
                String text = literal.substring(1, literal.length() - 1);
                if (WORD.matcher(text).matches()) {
                    words.add(text);
                }
            }
        }
        return Set.copyOf(words);
    }
}
