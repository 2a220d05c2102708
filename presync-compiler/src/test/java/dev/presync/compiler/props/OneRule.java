package dev.presync.compiler.props;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;

/** Compiles a one-rule file and answers whether the rule fires: the real path, text to action. */
final class OneRule {
    private final RuleSet rules;

    private OneRule(RuleSet rules) {
        this.rules = rules;
    }

    static OneRule of(String text) {
        Compilation c = PresyncCompiler.compile("one.rules", text);
        assertFalse(c.hasErrors(), () -> text + "\n" + c.render());
        return new OneRule(PresyncCompiler.interpret(c));
    }

    /** {@code on EVENT when CONDITION set Connect 'X'}. */
    static OneRule when(String event, String condition) {
        return of("on " + event + " when " + condition + " set Connect 'X'\n");
    }

    boolean fires(RuleEvent event) {
        return !rules.evaluate(event).isEmpty();
    }

    /** A string literal for {@code value}, escaped. */
    static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
