package dev.presync.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.presync.compiler.checked.CheckedRuleSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Both {@code evaluate} methods stay bare dispatchers: a switch on the event type (two: on the
 * ordinal, and through the name map for a reordered enum) whose cases call one entry method each ({@code eval$Type} or {@code sink$Type}) and call nothing else. A
 * scan or {@code finish} pulled back into {@code evaluate} makes the JIT's own compilation of it
 * big enough that callers stop inlining it (see docs/compiler.md), which this test catches.
 */
class DispatcherShapeTest {
    private static final String NAME = "com.example.Rules";
    private static final String OWNER = NAME.replace('.', '/');
    private static final List<String> RUNTIME_CALLS = List.of(
            "dev/presync/runtime/RuleEvent.type", "java/lang/Enum.ordinal", "dev/presync/runtime/EventType.ordinal",
            "java/util/List.of");

    @Test
    void aLargeRuleSetDispatchesOnly() {
        checkDispatchers(ScaleTest.bigRuleSet(4_000));
    }

    @Test
    void randomRuleSetsDispatchOnly() {
        qt().withExamples(100).forAll(RuleSetGen.ruleSets(40)).checkAssert(this::checkDispatchers);
    }

    private void checkDispatchers(CheckedRuleSet rules) {
        ClassNode node = new ClassNode();
        new ClassReader(RuleSetCompiler.generate(rules, NAME).bytes(NAME)).accept(node, 0);
        int checked = 0;
        for (MethodNode method : node.methods) {
            if (!method.name.equals("evaluate")) {
                continue;
            }
            String entry = method.desc.contains("ActionSink") ? "sink$" : "eval$";
            List<String> entries = new ArrayList<>();
            int opcodes = 0;
            for (AbstractInsnNode insn : method.instructions) {
                if (insn.getOpcode() >= 0) {
                    opcodes++;
                }
                if (insn instanceof MethodInsnNode call) {
                    if (call.owner.equals(OWNER)) {
                        assertTrue(call.name.startsWith(entry), "evaluate calls " + call.name);
                        entries.add(call.name);
                    } else {
                        assertTrue(RUNTIME_CALLS.contains(call.owner + "." + call.name),
                                "evaluate calls " + call.owner + "." + call.name);
                    }
                }
            }
            long types = entries.stream().distinct().count();
            assertEquals(2 * types, entries.size(), "one case per event type in each switch: " + entries);
            // the flag and the two switches, then per case: load the arguments, call, return
            assertTrue(opcodes <= 16 + 4 * entries.size(), opcodes + " instructions for " + entries.size() + " cases");
            checked++;
        }
        assertEquals(2, checked, "both evaluate methods");
    }
}
