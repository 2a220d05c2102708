package dev.presync.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.interp.Interpreter;
import dev.presync.runtime.Action;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * {@code evaluate} switches on the event type's ordinal as this compiler saw it, behind the
 * static final {@code ordinalsAsCompiled} that {@code <clinit>} computes. A runtime whose enum
 * were reordered sets it false, and the cases are then reached through {@code typeCase}, a map
 * built from names. No such runtime exists to run against, so this test makes {@code <clinit>}
 * store false and checks that the rules still give the interpreter's actions, through both APIs.
 */
class ReorderedEnumTest {
    private static final String NAME = "com.example.Rules";

    @Test
    void ordinalsAsCompiledIsTrueOnThisRuntime() throws Exception {
        GeneratedClasses classes = RuleSetCompiler.generate(ScaleTest.bigRuleSet(40), NAME);
        RuleSet rules = RuleSetCompiler.loadHidden(classes);
        var field = rules.getClass().getDeclaredField("ordinalsAsCompiled");
        field.setAccessible(true);
        assertEquals(true, field.get(null));
    }

    @Test
    void theNameMapGivesTheSameActions() {
        qt().withExamples(60).forAll(RuleSetGen.ruleSets(30), EventGen.eventLists(40)).checkAssert(this::agree);
    }

    private void agree(CheckedRuleSet checked, List<RuleEvent> events) {
        GeneratedClasses classes = RuleSetCompiler.generate(checked, NAME);
        byte[] remapped = storingFalse(classes.bytes(NAME));
        RuleSet rules = RuleSetCompiler.loadHidden(new GeneratedClasses(NAME, Map.of(NAME, remapped)));
        Interpreter oracle = new Interpreter(checked);
        for (RuleEvent e : events) {
            List<Action> expected = oracle.evaluate(e);
            assertEquals(expected, rules.evaluate(e), () -> "event " + e);
            assertEquals(expected, Compiled.viaSink(rules, e), () -> "sink API, event " + e);
        }
    }

    /** The class with {@code <clinit>} storing false into {@code ordinalsAsCompiled}, whatever it computed. */
    private static byte[] storingFalse(byte[] bytes) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, 0);
        int replaced = 0;
        for (MethodNode method : node.methods) {
            if (!method.name.equals("<clinit>")) {
                continue;
            }
            for (AbstractInsnNode insn : method.instructions) {
                if (insn.getOpcode() == Opcodes.PUTSTATIC && ((FieldInsnNode) insn).name.equals("ordinalsAsCompiled")) {
                    InsnList falseInstead = new InsnList();
                    falseInstead.add(new InsnNode(Opcodes.POP));
                    falseInstead.add(new InsnNode(Opcodes.ICONST_0));
                    method.instructions.insertBefore(insn, falseInstead);
                    replaced++;
                }
            }
        }
        assertEquals(1, replaced, "one store of ordinalsAsCompiled");
        DeterministicClassWriter cw = new DeterministicClassWriter();
        node.accept(cw);
        return cw.toByteArray();
    }
}
