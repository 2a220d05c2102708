package dev.presync.compiler.props;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.compiler.diag.Diagnostic;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.List;

/** What must hold for any input at all: a compilation comes back, its spans fit, it renders, it runs. */
final class CompilationInvariants {
    private static final List<RuleEvent> EVENTS = List.of(
            RuleEvent.connectAgentStateChange("Lunch", "Available"),
            RuleEvent.connectAgentStateChange(null, null),
            RuleEvent.salesforceAgentStateChange("Lunch"),
            RuleEvent.salesforceAgentLogout(),
            RuleEvent.salesforceWorkAccepted("sfdc_phone"),
            RuleEvent.salesforceWorkloadChanged(1, 3, 3),
            RuleEvent.salesforceWorkloadChanged(0, 0, 0));

    private CompilationInvariants() {
    }

    static void checkBytes(byte[] bytes) {
        check(PresyncCompiler.compileBytes("fuzz.rules", bytes));
    }

    static void checkText(String text) {
        check(PresyncCompiler.compile("fuzz.rules", text));
    }

    private static void check(Compilation c) {
        assertNotNull(c);
        int length = c.source().text().length();
        for (Diagnostic d : c.diagnostics()) {
            assertTrue(d.span().end() <= length, () -> d + " lies beyond the text (" + length + " chars)");
        }
        assertEquals(c.diagnostics().stream().anyMatch(Diagnostic::isError), c.hasErrors(), "hasErrors");
        String rendered = c.render();
        assertEquals(c.diagnostics().isEmpty(), rendered.isEmpty(), "render");
        if (!c.hasErrors()) {
            RuleSet rules = PresyncCompiler.interpret(c);
            for (RuleEvent e : EVENTS) {
                assertNotNull(rules.evaluate(e));
            }
        }
    }
}
