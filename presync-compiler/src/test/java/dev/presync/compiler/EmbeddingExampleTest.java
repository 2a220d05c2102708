package dev.presync.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.presync.runtime.Action;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedding example of docs/compiler.md, step by step, so the documented code keeps working. */
class EmbeddingExampleTest {
    @Test
    void compileAStringEvaluateAnEventReadTheActions() {
        Compilation compilation = PresyncCompiler.compile("inline.rules",
                "rule LunchToSalesforce on ConnectAgentStateChange when ConnectNewState == 'Lunch' set Salesforce 'Lunch'\n");
        assertFalse(compilation.hasErrors(), compilation.render());
        RuleSet rules = PresyncCompiler.load(compilation, Engine.COMPILED);
        List<Action> actions = rules.evaluate(RuleEvent.connectAgentStateChange("Lunch", "Available"));
        List<String> printed = new ArrayList<>();
        for (Action a : actions) {
            printed.add(a.destination().spelling() + " -> " + a.state() + " (rule " + a.rule() + ")");
        }
        assertEquals(List.of("Salesforce -> Lunch (rule LunchToSalesforce)"), printed);
    }
}
