package dev.presync.compiler.codegen;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.GeneratorAdapter;

/**
 * A class that generated methods are written into, with the constant tables those methods read.
 * Usually the rule set's one class; for a rule set too big for one class file, also the part
 * classes of {@link PartClasses}, each with a constant pool and tables of its own.
 */
final class MethodHome {
    /** Chooses the home of a new method of a given weight (see {@link PartClasses#UNITS}). */
    interface Placer {
        MethodHome place(int units);
    }

    final ClassWriter cw;
    final Type self;
    final ConstantTables constants;
    /** Methods in the main class are private; methods in a part class are called from other classes. */
    private final int access;

    MethodHome(ClassWriter cw, Type self, ConstantTables constants, boolean shared) {
        this.cw = cw;
        this.self = self;
        this.constants = constants;
        this.access = Opcodes.ACC_STATIC | (shared ? 0 : Opcodes.ACC_PRIVATE);
    }

    /** Starts a static method here, private unless other classes must call it. */
    GeneratorAdapter method(String name, String descriptor) {
        GeneratorAdapter mg = new GeneratorAdapter(cw.visitMethod(access, name, descriptor, null, null), access, name,
                descriptor);
        mg.visitCode();
        return mg;
    }
}
