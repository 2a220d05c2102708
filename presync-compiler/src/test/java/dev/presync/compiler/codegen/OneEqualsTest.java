package dev.presync.compiler.codegen;

import static dev.presync.compiler.codegen.Rules.all;
import static dev.presync.compiler.codegen.Rules.any;
import static dev.presync.compiler.codegen.Rules.eq;
import static dev.presync.compiler.codegen.Rules.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A straight-line string switch and an {@code or} of three or more equalities call
 * {@code equals} once, whatever the number of keys, and the sink API calls {@code accept} once
 * per type: C2 expands each call site into its own copy of the code, and the copies decide
 * whether the type's method stays small enough to be inlined (docs/compiler.md, "At 10 rules").
 * Keys that share a hash code ({@code "Aa"} and {@code "BB"}) keep an {@code equals} each.
 */
class OneEqualsTest {
    private static final EventType CONNECT = EventType.CONNECT_AGENT_STATE_CHANGE;
    private static final String NAME = "com.example.OneEquals";

    /** The connect rules of ten.rules: five keys, and a four-literal 'or' on the old state. */
    private static CheckedRuleSet connectRules() {
        return new Rules()
                .add(CONNECT, eq(Operand.CONNECT_NEW_STATE, "Lunch"), "lunch")
                .add(CONNECT, eq(Operand.CONNECT_NEW_STATE, "Break"), "break")
                .add(CONNECT, any(eq(Operand.CONNECT_NEW_STATE, "Training"), eq(Operand.CONNECT_NEW_STATE, "Meeting")),
                        "training")
                .add(CONNECT, all(eq(Operand.CONNECT_NEW_STATE, "Available"),
                        any(eq(Operand.CONNECT_OLD_STATE, "Lunch"), eq(Operand.CONNECT_OLD_STATE, "Break"),
                                eq(Operand.CONNECT_OLD_STATE, "Training"), eq(Operand.CONNECT_OLD_STATE, "Meeting"))),
                        "back")
                .build();
    }

    @Test
    void fiveKeysAndAFourLiteralOrCallEqualsTwiceAndTheSinkOnce() {
        CheckedRuleSet rules = connectRules();
        assertEquals(2, calls(rules, "eval$ConnectAgentStateChange", "equals"));
        assertEquals(2, calls(rules, "sink$ConnectAgentStateChange", "equals"));
        assertEquals(1, calls(rules, "sink$ConnectAgentStateChange", "accept"));
        Compiled.assertAgreeWithInterpreter(rules, events("Lunch", "Break", "Training", "Meeting", "Available", "Busy",
                "lunch", "Lunch ", ""));
    }

    @Test
    void keysThatShareAHashCodeAreEachTestedAndAgreeWithTheInterpreter() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        CheckedRuleSet rules = new Rules()
                .add(CONNECT, eq(Operand.CONNECT_NEW_STATE, "Aa"), "aa")
                .add(CONNECT, eq(Operand.CONNECT_NEW_STATE, "BB"), "bb")
                .add(CONNECT, eq(Operand.CONNECT_NEW_STATE, "Lunch"), "lunch")
                .add(CONNECT, all(eq(Operand.CONNECT_NEW_STATE, "Break"),
                        any(eq(Operand.CONNECT_OLD_STATE, "Aa"), eq(Operand.CONNECT_OLD_STATE, "BB"),
                                eq(Operand.CONNECT_OLD_STATE, "Lunch"))), "colliding or")
                .add(CONNECT, all(eq(Operand.CONNECT_NEW_STATE, "Lunch"),
                        not(any(eq(Operand.CONNECT_OLD_STATE, "Break"), eq(Operand.CONNECT_OLD_STATE, "Meeting"),
                                eq(Operand.CONNECT_OLD_STATE, "Training")))), "not in")
                .build();
        assertEquals(3 + 3 + 1, calls(rules, "eval$ConnectAgentStateChange", "equals"),
                "Aa and BB one each, Lunch and Break through one; the colliding 'or' one per literal; the other 'or' one");
        Compiled.assertAgreeWithInterpreter(rules, events("Aa", "BB", "Lunch", "Break", "Meeting", "Training", "C#", "x"));
    }

    private static List<RuleEvent> events(String... states) {
        List<String> values = new ArrayList<>(Arrays.asList(states));
        values.add(null);
        List<RuleEvent> out = new ArrayList<>();
        for (String now : values) {
            for (String before : values) {
                out.add(RuleEvent.connectAgentStateChange(now == null ? null : new String(now), before));
            }
        }
        return out;
    }

    private static long calls(CheckedRuleSet rules, String methodName, String callee) {
        ClassNode node = new ClassNode();
        new ClassReader(Compiled.verified(rules, NAME).bytes(NAME)).accept(node, 0);
        for (MethodNode method : node.methods) {
            if (method.name.equals(methodName)) {
                long n = 0;
                for (AbstractInsnNode insn : method.instructions) {
                    if (insn instanceof MethodInsnNode call && call.name.equals(callee)) {
                        n++;
                    }
                }
                return n;
            }
        }
        throw new AssertionError("no " + methodName);
    }
}
