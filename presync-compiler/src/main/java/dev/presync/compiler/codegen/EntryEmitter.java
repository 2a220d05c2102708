package dev.presync.compiler.codegen;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.GeneratorAdapter;
import org.objectweb.asm.commons.Method;

/**
 * One event type's two entry methods, {@code eval$Type(RuleEvent)} and
 * {@code sink$Type(RuleEvent, ActionSink)}, which {@code evaluate} calls from its switch and
 * nothing else. They exist so that {@code evaluate} stays a dispatcher of a few bytes per case,
 * as a hand-written {@code switch} calling one method per type is: when the JIT compiled
 * {@code evaluate} on its own with every scan and five copies of {@code finish} inlined, its code
 * passed C2's {@code InlineSmallCode}, and callers then called it instead of inlining it
 * ("already compiled into a big method"). The common answers (nothing fired, one rule fired) are
 * settled here; only a multi-fire reaches the shared {@code finish} or {@code emit}, so that
 * call stays cold and out of line.
 *
 * <p>For a type with a straight-line scan, {@code eval$Type} and {@code sink$Type} each hold the
 * scan itself and answer where the answer is found ({@link #emitDirectEval},
 * {@link #emitDirectSink}); both entries of an indexed type call {@code scan$Type} and decode the
 * int it returns.
 */
final class EntryEmitter {
    static final String SINK_ENTRY_DESCRIPTOR =
            "(Ldev/presync/runtime/RuleEvent;Ldev/presync/runtime/ActionSink;)I";
    private static final Type ACTIONS = Type.getType("[Ldev/presync/runtime/Action;");
    private static final Type LISTS = Type.getType("[Ljava/util/List;");
    private static final Type ACTION = Type.getObjectType("dev/presync/runtime/Action");
    private static final Type SINK = Type.getObjectType("dev/presync/runtime/ActionSink");
    private static final Method ACCEPT = Method.getMethod("void accept(dev.presync.runtime.Action)");
    private static final Method EMIT = Method.getMethod(
            "int emit(int, dev.presync.runtime.Action[], ThreadLocal, dev.presync.runtime.ActionSink)");
    private static final Type LIST = Type.getType(java.util.List.class);
    private static final Method FINISH = Method.getMethod("java.util.List finish(dev.presync.runtime.Action[], ThreadLocal, ThreadLocal)");
    /** This class's per-thread {@code CoFiringLists}, the kept result lists of multi-fires (see Templates.finish). */
    static final String CO_FIRING_FIELD = "coFiringLists";

    private EntryEmitter() {
    }

    static String evalName(EventPlan plan) {
        return "eval$" + plan.type().spelling();
    }

    static String sinkName(EventPlan plan) {
        return "sink$" + plan.type().spelling();
    }

    /** {@code r = scan(e)}; {@code r >= 0}: the rule's singleton list; -1: {@code List.of()}; else (-2) {@code finish}. */
    static void emitEval(ClassVisitor cv, Type self, EventPlan plan) {
        GeneratorAdapter mg = method(cv, evalName(plan), EventMethodEmitter.EVAL_DESCRIPTOR);
        int fired = scan(mg, self, plan);
        Label notOne = new Label();
        Label several = new Label();
        mg.loadLocal(fired);
        mg.ifZCmp(GeneratorAdapter.LT, notOne);
        mg.getStatic(self, EventMethodEmitter.singlesField(plan), LISTS);
        mg.loadLocal(fired);
        mg.arrayLoad(Type.getType(java.util.List.class));
        mg.returnValue();
        mg.mark(notOne);
        mg.loadLocal(fired);
        mg.push(-1);
        mg.ifICmp(GeneratorAdapter.NE, several);
        mg.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/List", "of", "()Ljava/util/List;", true);
        mg.returnValue();
        mg.mark(several);
        finish(mg, self, plan);
        mg.endMethod();
    }

    /** {@code r = scan(e)}; {@code r >= 0}: one {@code accept}, 1; -1: 0; else {@code emit}. */
    static void emitSink(ClassVisitor cv, Type self, EventPlan plan) {
        GeneratorAdapter mg = method(cv, sinkName(plan), SINK_ENTRY_DESCRIPTOR);
        int fired = scan(mg, self, plan);
        Label notOne = new Label();
        Label several = new Label();
        mg.loadLocal(fired);
        mg.ifZCmp(GeneratorAdapter.LT, notOne);
        acceptOne(mg, self, plan, fired);
        mg.mark(notOne);
        mg.loadLocal(fired);
        mg.push(-1);
        mg.ifICmp(GeneratorAdapter.NE, several);
        mg.push(0);
        mg.returnValue();
        mg.mark(several);
        mg.loadLocal(fired);
        emitSeveral(mg, self, plan);
        mg.endMethod();
    }

    /**
     * {@code eval$Type} of a type with a straight-line scan ({@link DirectScanEmitter}): the scan
     * itself, each way out returning the list. A rule that fires alone returns its own constant
     * {@code single$Type$p}, which the JIT folds as it folds a hand-written class's
     * {@code static final List}; nothing is encoded for a caller to branch on again.
     */
    static void emitDirectEval(ClassVisitor cv, Type self, ConstantTables constants,
                               ConditionEmitter.Extractor extractor, EventPlan plan) {
        GeneratorAdapter mg = method(cv, evalName(plan), EventMethodEmitter.EVAL_DESCRIPTOR);
        DirectScanEmitter.emit(mg, self, constants, extractor, plan, new DirectScanEmitter.Outcome() {
            @Override
            public void alone(GeneratorAdapter mg, int p) {
                mg.getStatic(self, singleField(plan, p), LIST);
                mg.returnValue();
            }

            @Override
            public void none(GeneratorAdapter mg) {
                emptyList(mg);
            }

            @Override
            public void end(GeneratorAdapter mg, int first, int more, boolean mayBeSeveral) {
                Label none = new Label();
                Label several = new Label();
                mg.loadLocal(first);
                mg.ifZCmp(GeneratorAdapter.LT, none);
                if (mayBeSeveral) {
                    mg.loadLocal(more);
                    mg.ifNonNull(several);
                }
                mg.getStatic(self, EventMethodEmitter.singlesField(plan), LISTS);
                mg.loadLocal(first);
                mg.arrayLoad(LIST);
                mg.returnValue();
                mg.mark(none);
                emptyList(mg);
                if (mayBeSeveral) {
                    mg.mark(several);
                    finish(mg, self, plan);
                }
            }
        });
    }

    /**
     * {@code sink$Type} of a type with a straight-line scan: the scan itself, each way out handing
     * the actions to the sink. A rule that fires alone hands over its own constant
     * {@code action$Type$p} and returns 1; several go through the scratch array as in {@link #emitSink}.
     */
    static void emitDirectSink(ClassVisitor cv, Type self, ConstantTables constants,
                               ConditionEmitter.Extractor extractor, EventPlan plan) {
        GeneratorAdapter mg = method(cv, sinkName(plan), SINK_ENTRY_DESCRIPTOR);
        DirectScanEmitter.emit(mg, self, constants, extractor, plan, new DirectScanEmitter.Outcome() {
            /** The one {@code sink.accept(chosen); return 1;} every single fire jumps to; null until one does. */
            private Label handOver;
            private int chosen;

            /**
             * One call site for the sink, not one per rule: C2 inlines the sink's {@code accept}
             * at each call site, and at 10 rules five copies took ConnectAgentStateChange's
             * {@code sink$Type} to 2,848 bytes of machine code, over {@code InlineSmallCode}, so a
             * compiled {@code evaluate} called it instead of inlining it (docs/compiler.md).
             */
            private void handOver(GeneratorAdapter mg) {
                if (handOver == null) {
                    handOver = new Label();
                    chosen = mg.newLocal(ACTION);
                }
                mg.storeLocal(chosen);
                mg.goTo(handOver);
            }

            @Override
            public void alone(GeneratorAdapter mg, int p) {
                mg.getStatic(self, actionField(plan, p), ACTION);
                handOver(mg);
            }

            @Override
            public void none(GeneratorAdapter mg) {
                mg.push(0);
                mg.returnValue();
            }

            @Override
            public void end(GeneratorAdapter mg, int first, int more, boolean mayBeSeveral) {
                Label none = new Label();
                Label several = new Label();
                mg.loadLocal(first);
                mg.ifZCmp(GeneratorAdapter.LT, none);
                if (mayBeSeveral) {
                    mg.loadLocal(more);
                    mg.ifNonNull(several);
                }
                mg.getStatic(self, EventMethodEmitter.actionsField(plan), ACTIONS);
                mg.loadLocal(first);
                mg.arrayLoad(ACTION);
                handOver(mg);
                mg.mark(none);
                mg.push(0);
                mg.returnValue();
                if (mayBeSeveral) {
                    mg.mark(several);
                    mg.push(-2);
                    emitSeveral(mg, self, plan);
                }
            }

            @Override
            public void tail(GeneratorAdapter mg) {
                if (handOver != null) {
                    mg.mark(handOver);
                    mg.loadArg(1);
                    mg.loadLocal(chosen);
                    mg.invokeInterface(SINK, ACCEPT);
                    mg.push(1);
                    mg.returnValue();
                }
            }
        });
    }

    /** {@code sink.accept(actions$Type[position]); return 1;}, the position in local {@code position}. */
    private static void acceptOne(GeneratorAdapter mg, Type self, EventPlan plan, int position) {
        mg.loadArg(1);
        mg.getStatic(self, EventMethodEmitter.actionsField(plan), ACTIONS);
        mg.loadLocal(position);
        mg.arrayLoad(ACTION);
        mg.invokeInterface(SINK, ACCEPT);
        mg.push(1);
        mg.returnValue();
    }

    /** With the scan's answer on the stack: {@code return emit(answer, actions$Type, scratch, sink);}. */
    private static void emitSeveral(GeneratorAdapter mg, Type self, EventPlan plan) {
        mg.getStatic(self, EventMethodEmitter.actionsField(plan), ACTIONS);
        mg.getStatic(self, EventMethodEmitter.SCRATCH_FIELD, EventMethodEmitter.THREAD_LOCAL);
        mg.loadArg(1);
        mg.invokeStatic(self, EMIT);
        mg.returnValue();
    }

    /** The static final field holding position p's action, for a rule that fires alone. */
    static String actionField(EventPlan plan, int p) {
        return "action$" + plan.type().spelling() + "$" + p;
    }

    /** The static final field holding position p's singleton list, for a rule that fires alone. */
    static String singleField(EventPlan plan, int p) {
        return "single$" + plan.type().spelling() + "$" + p;
    }

    /** {@code return finish(actions$Type, scratch, coFiringLists)}: several rules fired, their positions in the scratch. */
    private static void finish(GeneratorAdapter mg, Type self, EventPlan plan) {
        mg.getStatic(self, EventMethodEmitter.actionsField(plan), ACTIONS);
        mg.getStatic(self, EventMethodEmitter.SCRATCH_FIELD, EventMethodEmitter.THREAD_LOCAL);
        mg.getStatic(self, CO_FIRING_FIELD, EventMethodEmitter.THREAD_LOCAL);
        mg.invokeStatic(self, FINISH);
        mg.returnValue();
    }

    private static void emptyList(GeneratorAdapter mg) {
        mg.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/List", "of", "()Ljava/util/List;", true);
        mg.returnValue();
    }

    /** Calls the type's scan and keeps its result in a new local, whose index it returns. */
    private static int scan(GeneratorAdapter mg, Type self, EventPlan plan) {
        mg.loadArg(0);
        mg.invokeStatic(self, new Method(EventMethodEmitter.scanName(plan), EventMethodEmitter.SCAN_DESCRIPTOR));
        int fired = mg.newLocal(Type.INT_TYPE);
        mg.storeLocal(fired);
        return fired;
    }

    private static GeneratorAdapter method(ClassVisitor cv, String name, String descriptor) {
        int access = Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC;
        GeneratorAdapter mg = new GeneratorAdapter(cv.visitMethod(access, name, descriptor, null, null), access, name,
                descriptor);
        mg.visitCode();
        return mg;
    }
}
