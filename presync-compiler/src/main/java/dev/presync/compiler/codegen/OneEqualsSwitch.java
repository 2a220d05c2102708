package dev.presync.compiler.codegen;

import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.objectweb.asm.Label;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.GeneratorAdapter;
import org.objectweb.asm.commons.Method;
import org.objectweb.asm.commons.TableSwitchGenerator;

/**
 * A string switch that calls {@code equals} once: a switch on the value's hash code picks the one
 * literal the value can equal, stores it, and jumps to a single {@code literal.equals(value)}.
 * javac's string switch calls {@code equals} once per case, and C2 expands each call into its own
 * vectorised compare of a few hundred bytes of machine code. At 10 rules that took the
 * ConnectAgentStateChange scan to 3,616 bytes, over {@code InlineSmallCode} (2,500), so whether
 * C2 inlined it into {@code evaluate}, and {@code evaluate} into its caller, depended on which it
 * compiled first (docs/compiler.md, "At 10 rules"). Used by the text switch of a straight-line
 * scan ({@link DirectScanEmitter}) and by an {@code or} of three or more literals
 * ({@link ComparisonEmitter}).
 */
final class OneEqualsSwitch {
    private static final Type STRING = Type.getType(String.class);

    private OneEqualsSwitch() {
    }

    /**
     * Emits the hash switch on the string in local {@code value} over {@code hashes} (sorted); a
     * hash not among them jumps to {@code noHash}. Each case first runs {@code caseCode}, which
     * answers the literal to confirm, or null when it has emitted the whole case itself (keys that
     * share a hash are told apart by their own {@code equals}). After the call, when it answers
     * true, the result of {@code literal.equals(value)} is on the stack, for the caller to branch
     * on; false means no case answered a literal and no {@code equals} was emitted.
     *
     * @param push how the caller loads a string constant (an {@code ldc}, or a constant table)
     */
    static boolean emit(GeneratorAdapter mg, int value, int[] hashes, IntFunction<String> caseCode,
                        Consumer<String> push, Label noHash) {
        int candidate = mg.newLocal(STRING);
        Label verify = new Label();
        boolean[] verified = {false};
        mg.loadLocal(value);
        mg.invokeVirtual(STRING, Method.getMethod("int hashCode()"));
        mg.tableSwitch(hashes, new TableSwitchGenerator() {
            @Override
            public void generateCase(int hash, Label caseEnd) {
                String literal = caseCode.apply(hash);
                if (literal != null) {
                    push.accept(literal);
                    mg.storeLocal(candidate);
                    mg.goTo(verify);
                    verified[0] = true;
                }
            }

            @Override
            public void generateDefault() {
                mg.goTo(noHash);
            }
        }, false);
        if (!verified[0]) {
            return false;
        }
        mg.mark(verify);
        mg.loadLocal(candidate);
        mg.loadLocal(value);
        mg.invokeVirtual(STRING, Method.getMethod("boolean equals(Object)"));
        return true;
    }
}
