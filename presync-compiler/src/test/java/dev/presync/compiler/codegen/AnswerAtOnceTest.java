package dev.presync.compiler.codegen;

import static dev.presync.compiler.codegen.Rules.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.interp.Interpreter;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When one text index finds every rule of a type, a bucket holding one rule with nothing left to
 * test answers without the loop. Pins the buckets around it: a shared key, a rule with a residue,
 * an 'or' key, the empty bucket and a missing value.
 */
class AnswerAtOnceTest {
    @Test
    void bucketsThatDecideAloneAndBucketsThatLoopAgreeWithTheInterpreter() {
        CheckedRuleSet rules = new Rules()
                .add(EventType.CONNECT_AGENT_STATE_CHANGE, eq(Operand.CONNECT_NEW_STATE, "Lunch"), "Lunch")
                .add(EventType.CONNECT_AGENT_STATE_CHANGE, any(eq(Operand.CONNECT_NEW_STATE, "Training"),
                        eq(Operand.CONNECT_NEW_STATE, "Meeting")), "Training")
                .add(EventType.CONNECT_AGENT_STATE_CHANGE, all(eq(Operand.CONNECT_NEW_STATE, "Available"),
                        eq(Operand.CONNECT_OLD_STATE, "Lunch")), "Back")
                .add(EventType.CONNECT_AGENT_STATE_CHANGE, eq(Operand.CONNECT_NEW_STATE, "Break"), "Break1")
                .add(EventType.CONNECT_AGENT_STATE_CHANGE, eq(Operand.CONNECT_NEW_STATE, "Break"), "Break2")
                .build();
        // Five rules would compile to straight-line code; the answers table is the indexed scan's.
        RuleSet compiled = Compiled.loadIndexed(rules);
        Interpreter oracle = new Interpreter(rules);
        for (String state : Arrays.asList("Lunch", "Training", "Meeting", "Available", "Break", "Busy", null)) {
            for (String old : Arrays.asList("Lunch", "x", null)) {
                RuleEvent e = RuleEvent.connectAgentStateChange(state, old);
                assertEquals(oracle.evaluate(e), compiled.evaluate(e), () -> "event " + e);
                assertEquals(oracle.evaluate(e), Compiled.viaSink(compiled, e), () -> "sink, event " + e);
            }
        }
        RuleEvent lunch = RuleEvent.connectAgentStateChange("Lunch", null);
        assertSame(compiled.evaluate(lunch), compiled.evaluate(lunch), "one preallocated list per rule");
        assertSame(List.of(), compiled.evaluate(RuleEvent.connectAgentStateChange("Busy", null)));
    }
}
