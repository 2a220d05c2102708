package dev.presync.compiler.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.MethodRemapper;
import org.objectweb.asm.commons.SimpleRemapper;

/**
 * Copies the static methods of {@link Templates} into a generated class as private methods, with
 * calls between them re-pointed at the generated class. The bytes come from the compiler's own
 * class file, so every generated class carries the same, tested support code.
 */
final class TemplateCopier {
    static final String TEMPLATES = Type.getInternalName(Templates.class);
    private static final byte[] TEMPLATE_BYTES = readTemplates();

    private TemplateCopier() {
    }

    static void copyInto(ClassVisitor target, String className) {
        SimpleRemapper remapper = new SimpleRemapper(TEMPLATES, className);
        new ClassReader(TEMPLATE_BYTES).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                if ((access & Opcodes.ACC_STATIC) == 0 || name.equals("<clinit>")) {
                    return null;
                }
                MethodVisitor out = target.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, name, descriptor,
                        signature, exceptions);
                return new MethodRemapper(out, remapper);
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    }

    private static byte[] readTemplates() {
        try (InputStream in = Templates.class.getResourceAsStream("Templates.class")) {
            if (in == null) {
                throw new IllegalStateException("Templates.class is missing from the compiler's class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
