package dev.presync.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Term;
import dev.presync.compiler.interp.Interpreter;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conditions just over the inline limit are split into extracted methods. A list whose operands
 * packed into a single group used to be extracted as itself, again and again, until the heap ran
 * out (found by DifferentialPropertyTest). Sizes here sweep across that boundary.
 */
class ConditionSplittingTest {
    @Test
    void conditionsAroundTheInlineLimitCompileAndAgree() {
        for (int compares = 10; compares <= 18; compares++) {
            for (int always = 0; always <= 12; always++) {
                for (boolean all : new boolean[] {true, false}) {
                    Condition condition = junction(compares, always, all);
                    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> agree(condition));
                }
            }
        }
    }

    private static Condition junction(int compares, int always, boolean all) {
        List<Condition> operands = new ArrayList<>();
        for (int i = 0; i < compares; i++) {
            operands.add(new Condition.Compare(new Term.Field(Operand.CONNECT_NEW_STATE),
                    i % 2 == 0 ? Comparator.NE : Comparator.EQ, new Term.Text("s" + i)));
        }
        for (int i = 0; i < always; i++) {
            operands.add(new Condition.Always());
        }
        return all ? new Condition.All(operands) : new Condition.Any(operands);
    }

    private static void agree(Condition condition) {
        CheckedRuleSet rules = new CheckedRuleSet("split.rules", List.of(new CheckedRule(0, "r", 1, true,
                EventType.CONNECT_AGENT_STATE_CHANGE, condition, Destination.SALESFORCE, "S")));
        RuleSet compiled = Compiled.load(rules);
        Interpreter oracle = new Interpreter(rules);
        for (String state : new String[] {"s0", "s1", "s2", "x", null}) {
            RuleEvent event = RuleEvent.connectAgentStateChange(state, "old");
            assertEquals(oracle.evaluate(event), compiled.evaluate(event), () -> condition + " on " + event);
        }
    }
}
