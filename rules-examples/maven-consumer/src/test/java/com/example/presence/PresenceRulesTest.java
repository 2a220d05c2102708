package com.example.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.presync.runtime.Action;
import dev.presync.runtime.Destination;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The service's view: the class the presync plugin generated from src/main/rules, used with only
 * presync-runtime on the class path.
 */
class PresenceRulesTest {
    private final RuleSet rules = new PresenceRules();

    @Test
    void lunchOnThePhoneIsLunchInOmni() {
        List<Action> actions = rules.evaluate(RuleEvent.connectAgentStateChange("Lunch", "Available"));
        assertEquals(List.of(new Action(Destination.SALESFORCE, "Lunch", "LunchToSalesforce")), actions);
    }

    @Test
    void fullWorkloadTakesTheAgentOffCalls() {
        List<Action> actions = rules.evaluate(RuleEvent.salesforceWorkloadChanged(2, 3, 3));
        assertEquals(List.of(new Action(Destination.CONNECT, "Omni_Full", "FullToConnect")), actions);
    }

    @Test
    void mainCodeUsesTheGeneratedClass() {
        assertEquals(List.of(new Action(Destination.SALESFORCE, "Break", "BreakToSalesforce")),
                new PresenceSync().onConnectStatusChange("Break", "Available"));
    }

    @Test
    void compilerAndAssemblerAreNotOnTheClassPath() {
        assertEquals(false, present("org.antlr.v4.runtime.Parser"));
        assertEquals(false, present("org.objectweb.asm.ClassWriter"));
        assertEquals(false, present("dev.presync.compiler.PresyncCompiler"));
    }

    private static boolean present(String className) {
        try {
            Class.forName(className);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
