package dev.presync.compiler.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.GeneratorAdapter;

/**
 * Where the methods of a rule set too big for one class file go: classes {@code Main$Part0},
 * {@code Main$Part1}, … in the main class's package, each holding a bounded number of condition
 * methods with its own constant pool, string tables and copy of the templates. A class file has
 * at most 65,535 constant pool entries and methods; giving each part at most {@link #UNITS} units
 * (a condition method is one, a chunk of 32 rules is 32) keeps each part far below both, and keeps
 * every table index small enough for {@code sipush}.
 */
final class PartClasses {
    static final int UNITS = 500;

    private final String mainName;
    private final List<MethodHome> parts = new ArrayList<>();
    private int used = UNITS;

    PartClasses(String mainInternalName) {
        this.mainName = mainInternalName;
    }

    /** The part that takes a method of the given weight in units; a new part when the current is full. */
    MethodHome place(int units) {
        if (used + units > UNITS) {
            String name = mainName + "$Part" + parts.size();
            DeterministicClassWriter cw = new DeterministicClassWriter();
            cw.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
            parts.add(new MethodHome(cw, Type.getObjectType(name), new ConstantTables(), true));
            used = 0;
        }
        used += units;
        return parts.get(parts.size() - 1);
    }

    /**
     * Finishes every part: templates, a {@code <clinit>} decoding its tables; bytes by binary name.
     *
     * @throws org.objectweb.asm.ClassTooLargeException never within the budget; the caller reports it
     */
    Map<String, byte[]> finish() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (MethodHome part : parts) {
            String name = part.self.getInternalName();
            TemplateCopier.copyInto(part.cw, name);
            GeneratorAdapter clinit = new GeneratorAdapter(part.cw.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V",
                    null, null), Opcodes.ACC_STATIC, "<clinit>", "()V");
            clinit.visitCode();
            part.constants.emit(part.cw, clinit, name);
            clinit.returnValue();
            clinit.endMethod();
            part.cw.visitEnd();
            out.put(name.replace('/', '.'), part.cw.toByteArray());
        }
        return out;
    }
}
