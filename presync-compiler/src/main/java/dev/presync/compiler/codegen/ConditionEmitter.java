package dev.presync.compiler.codegen;

import dev.presync.compiler.checked.Condition;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.GeneratorAdapter;
import org.objectweb.asm.commons.Method;

/**
 * Emits a condition as short-circuit jumping code. A condition too big to inline (by a
 * conservative size estimate) is cut into parts, each moved into its own
 * {@code static boolean cond$N(RuleEvent)} method, so no method nears the JVM's 64 KB limit
 * however large a rule is.
 */
final class ConditionEmitter {
    /** Estimated bytecode bytes above which a condition leaves the method it is in. */
    static final int INLINE_LIMIT = 1000;
    /** At most this many calls in one junction; more are grouped into a tree of methods. */
    private static final int MAX_PARTS = 64;
    static final String EXTRACTED_DESCRIPTOR = "(Ldev/presync/runtime/RuleEvent;)Z";

    /** Schedules a condition to become its own method and says where that method will be. */
    interface Extractor {
        Extracted extract(Condition condition);
    }

    /** A static {@code boolean name(RuleEvent)} method of class {@code owner}. */
    record Extracted(Type owner, String name) {
    }

    private record Part(Condition condition, boolean extracted) {
    }

    private final GeneratorAdapter mg;
    private final int eventArg;
    private final ComparisonEmitter comparisons;
    private final Extractor extractor;

    ConditionEmitter(GeneratorAdapter mg, int eventArg, ComparisonEmitter comparisons, Extractor extractor) {
        this.mg = mg;
        this.eventArg = eventArg;
        this.comparisons = comparisons;
        this.extractor = extractor;
    }

    /** Estimated bytecode size of a condition's jumping code. */
    static int size(Condition c) {
        if (c instanceof Condition.Compare) {
            return 64;
        }
        if (c instanceof Condition.Not not) {
            return size(not.operand());
        }
        if (c instanceof Condition.All all) {
            return size(all.operands());
        }
        if (c instanceof Condition.Any any) {
            return size(any.operands());
        }
        return 3;
    }

    private static int size(List<Condition> operands) {
        int total = 3;
        for (Condition c : operands) {
            total += size(c) + 3;
        }
        return total;
    }

    /** Branches to target when the condition's truth equals whenTrue; falls through otherwise. */
    void jump(Condition c, Label target, boolean whenTrue) {
        if (c instanceof Condition.Compare cmp) {
            comparisons.jump(cmp, target, whenTrue);
        } else if (c instanceof Condition.Not not) {
            jump(not.operand(), target, !whenTrue);
        } else if (c instanceof Condition.All all) {
            junction(all.operands(), true, target, whenTrue);
        } else if (c instanceof Condition.Any any) {
            // A small or of equalities on one text operand reads it once; a big one is split below.
            if (size(c) > INLINE_LIMIT || !comparisons.anyEquals(any.operands(), target, whenTrue)) {
                junction(any.operands(), false, target, whenTrue);
            }
        } else if (whenTrue) {
            mg.goTo(target); // Always
        }
    }

    /** Like {@link #jump}, but through an extracted method when the condition is too big. */
    void jumpOrCall(Condition c, Label target, boolean whenTrue) {
        if (size(c) <= INLINE_LIMIT) {
            jump(c, target, whenTrue);
        } else {
            call(c, target, whenTrue);
        }
    }

    private void call(Condition c, Label target, boolean whenTrue) {
        Extracted method = extractor.extract(c);
        mg.loadArg(eventArg);
        mg.invokeStatic(method.owner(), new Method(method.name(), EXTRACTED_DESCRIPTOR));
        mg.ifZCmp(whenTrue ? GeneratorAdapter.NE : GeneratorAdapter.EQ, target);
    }

    private void junction(List<Condition> operands, boolean all, Label target, boolean whenTrue) {
        List<Part> parts = parts(operands, all);
        if (parts.isEmpty()) {
            if (all == whenTrue) {
                mg.goTo(target);
            }
            return;
        }
        if (all != whenTrue) {
            // "and" jumping on false, "or" jumping on true: every part may take the exit.
            for (Part p : parts) {
                jumpPart(p, target, whenTrue);
            }
            return;
        }
        Label decided = new Label();
        for (Part p : parts.subList(0, parts.size() - 1)) {
            jumpPart(p, decided, !whenTrue);
        }
        jumpPart(parts.get(parts.size() - 1), target, whenTrue);
        mg.mark(decided);
    }

    private void jumpPart(Part p, Label target, boolean whenTrue) {
        if (p.extracted()) {
            call(p.condition(), target, whenTrue);
        } else {
            jump(p.condition(), target, whenTrue);
        }
    }

    /** Inline when small; else greedy groups within the limit, or at most MAX_PARTS slices. */
    private static List<Part> parts(List<Condition> operands, boolean all) {
        List<Part> parts = new ArrayList<>();
        if (size(operands) <= INLINE_LIMIT) {
            operands.forEach(c -> parts.add(new Part(c, false)));
            return parts;
        }
        // A group is measured as size() measures a list (3 + each operand's size + 3), so a list
        // over the limit never packs into one group: that group would be extracted as the list
        // itself, and split the same way again, without end.
        List<List<Condition>> groups = new ArrayList<>();
        List<Condition> current = new ArrayList<>();
        int currentSize = 3;
        for (Condition c : operands) {
            int s = size(c) + 3;
            if (!current.isEmpty() && currentSize + s > INLINE_LIMIT) {
                groups.add(current);
                current = new ArrayList<>();
                currentSize = 3;
            }
            current.add(c);
            currentSize += s;
        }
        groups.add(current);
        if (groups.size() > MAX_PARTS) {
            groups.clear();
            int per = (operands.size() + MAX_PARTS - 1) / MAX_PARTS;
            for (int i = 0; i < operands.size(); i += per) {
                groups.add(operands.subList(i, Math.min(operands.size(), i + per)));
            }
        }
        for (List<Condition> g : groups) {
            if (g.size() == 1) {
                Condition only = g.get(0);
                parts.add(new Part(only, size(only) > 2 * 64));
            } else {
                parts.add(new Part(all ? new Condition.All(g) : new Condition.Any(g), true));
            }
        }
        return parts;
    }
}
