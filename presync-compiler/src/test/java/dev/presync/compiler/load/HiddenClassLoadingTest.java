package dev.presync.compiler.load;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.runtime.RuleSet;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

class HiddenClassLoadingTest {
    @Test
    void aRejectedClassComesWithTheVerifierReport() {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "dev/presync/compiler/load/Broken", null, "java/lang/Object",
                new String[] {"dev/presync/runtime/RuleSet"});
        MethodVisitor init = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(1, 1);
        init.visitEnd();
        MethodVisitor bad = cw.visitMethod(Opcodes.ACC_PUBLIC, "evaluate",
                "(Ldev/presync/runtime/RuleEvent;)Ljava/util/List;", null, null);
        bad.visitCode();
        bad.visitInsn(Opcodes.ICONST_0); // an int where a List is returned
        bad.visitInsn(Opcodes.ARETURN);
        bad.visitMaxs(1, 2);
        bad.visitEnd();
        cw.visitEnd();
        byte[] bytes = cw.toByteArray();

        RuleSetLoadException e = assertThrows(RuleSetLoadException.class,
                () -> HiddenClassLoading.instantiate(bytes, RuleSet.class));
        assertTrue(e.getMessage().contains("ASM verifier report"), e.getMessage());
        assertTrue(e.getMessage().contains("evaluate"), e.getMessage());
    }
}
