package dev.presync.compiler.codegen;

import org.objectweb.asm.ClassWriter;

/**
 * A ClassWriter computing frames that never needs to load the class being generated. Frame merges
 * of two different reference types are rare in generated code (it keeps one type per local); for
 * them the JDK/runtime hierarchy is consulted, falling back to Object.
 */
final class DeterministicClassWriter extends ClassWriter {
    DeterministicClassWriter() {
        super(COMPUTE_FRAMES);
    }

    @Override
    protected String getCommonSuperClass(String type1, String type2) {
        if (type1.equals(type2)) {
            return type1;
        }
        try {
            return super.getCommonSuperClass(type1, type2);
        } catch (TypeNotPresentException e) {
            return "java/lang/Object";
        }
    }

    @Override
    protected ClassLoader getClassLoader() {
        return DeterministicClassWriter.class.getClassLoader();
    }
}
