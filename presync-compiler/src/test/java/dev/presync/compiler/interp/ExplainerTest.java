package dev.presync.compiler.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.runtime.Action;
import dev.presync.runtime.RuleEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainerTest {
    private static final String RULES = """
            rule Lunch on ConnectAgentStateChange when ConnectNewState == 'Lunch' set Salesforce 'Lunch'
            rule Back on ConnectAgentStateChange
              when ConnectOldState == 'Lunch' and (ConnectNewState == 'Available' or ConnectNewState == 'Ready')
              set Salesforce 'Available'
            rule NotBreak on ConnectAgentStateChange when not ConnectNewState == 'Break' set Salesforce 'Online'
            inactive rule Off on ConnectAgentStateChange set Salesforce 'X'
            rule Full on SalesforceWorkloadChanged when SalesforceNewWorkloadPct >= 100 set Connect 'Full'
            """;

    private final Compilation compilation = PresyncCompiler.compile("t.rules", RULES);

    private List<String> explain(RuleEvent event) {
        return Explainer.explain(compilation.ruleSet(), event).stream()
                .map(e -> e.rule().label() + " " + (e.fired() ? "fired" : "not fired") + ": " + e.reason())
                .toList();
    }

    @Test
    void namesTheComparisonThatDecidedWithTheActualValues() {
        assertFalse(compilation.hasErrors(), compilation.render());
        assertEquals(List.of(
                "Lunch not fired: ConnectNewState == 'Lunch' is false (ConnectNewState is 'Ready')",
                "Back not fired: ConnectOldState == 'Lunch' is false (ConnectOldState is missing)",
                "NotBreak fired: not: ConnectNewState == 'Break' is false (ConnectNewState is 'Ready')",
                "Off not fired: inactive"),
                explain(RuleEvent.builder(dev.presync.runtime.EventType.CONNECT_AGENT_STATE_CHANGE)
                        .text(dev.presync.runtime.Operand.CONNECT_NEW_STATE, "Ready").build()));
        assertEquals("Back fired: ConnectOldState == 'Lunch' holds (ConnectOldState is 'Lunch'); and "
                        + "ConnectNewState == 'Ready' holds (ConnectNewState is 'Ready')",
                explain(RuleEvent.connectAgentStateChange("Ready", "Lunch")).get(1));
    }

    @Test
    void showsExactPercentagesWithAnApproximation() {
        assertEquals(List.of("Full not fired: SalesforceNewWorkloadPct >= 100 is false (SalesforceNewWorkloadPct is 200/3 (66.6666…))"),
                explain(RuleEvent.salesforceWorkloadChanged(1, 2, 3)));
    }

    @Test
    void agreesWithTheInterpreter() {
        var interpreter = PresyncCompiler.interpret(compilation);
        String[] states = {"Lunch", "Available", "Ready", "Break", null};
        for (String now : states) {
            for (String old : states) {
                RuleEvent e = RuleEvent.connectAgentStateChange(now, old);
                List<String> fired = Explainer.explain(compilation.ruleSet(), e).stream()
                        .filter(Explainer.Explanation::fired).map(x -> x.rule().label()).toList();
                assertEquals(interpreter.evaluate(e).stream().map(Action::rule).toList(), fired);
            }
        }
    }
}
