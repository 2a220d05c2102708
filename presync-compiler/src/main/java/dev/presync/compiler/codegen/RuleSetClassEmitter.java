package dev.presync.compiler.codegen;

import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.checked.Condition;
import dev.presync.runtime.EventType;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.GeneratorAdapter;
import org.objectweb.asm.commons.Method;
import org.objectweb.asm.commons.TableSwitchGenerator;

/**
 * Turns a checked rule set into the bytes of one class implementing RuleSet: a constructor,
 * {@code evaluate} dispatching on the event type, the per-type methods, the copied templates and a
 * {@code <clinit>} that decodes the constant tables. A rule set that overflows one class file (its
 * constant pool or method count) is emitted again with its rule and condition methods in part
 * classes ({@link PartClasses}). One instance emits one rule set once.
 */
final class RuleSetClassEmitter {
    private static final String TYPE_CASE_FIELD = "typeCase";
    private static final String ORDINALS_AS_COMPILED_FIELD = "ordinalsAsCompiled";
    private static final Type EVENT_TYPE = Type.getObjectType("dev/presync/runtime/EventType");
    /**
     * How many multi-fire result lists each thread keeps per rule set ({@code CoFiringLists}),
     * with {@link #CO_FIRING_POSITIONS_PER_SET} fired positions per set on average at most: when
     * full, about 72 bytes per set, 8 per position and 32 KB of table, some 240 KB per thread.
     * The benchmark's 1,024 events co-fire in at most 124 ways (12.1% fire several rules).
     */
    static final int CO_FIRING_SETS = 1024;
    static final int CO_FIRING_POSITIONS_PER_SET = 16;
    /** About 30,000 comparisons at {@link ConditionEmitter#size}'s 64 bytes each. */
    private static final long SPLIT_AT_ESTIMATED_BYTES = 2_000_000;

    private record Pending(String name, Condition condition, EventType type, MethodHome home) {
    }

    private final String className;
    private final Type self;
    private final ClassWriter cw = new DeterministicClassWriter();
    private final ConstantTables constants = new ConstantTables();
    private final MethodHome main;
    /** Null unless the rule set is emitted over several classes. */
    private final PartClasses parts;
    private final MethodHome.Placer placer;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private int extractedCount;
    /** Per straight-line type, the positions whose answers get constant fields (see {@link #emitAloneFields}). */
    private final Map<EventPlan, boolean[]> aloneFields = new LinkedHashMap<>();

    /** Straight-line scans for small event types ({@link DirectScanEmitter}); off only in tests of the indexed scan. */
    private final boolean directScans;
    /** The cap on kept multi-fire lists per thread; {@link #CO_FIRING_SETS} but in tests of the cap. */
    private final int coFiringSets;

    /** @param split put every condition method into part classes, for a rule set too big for one class */
    RuleSetClassEmitter(String internalName, boolean split, boolean directScans, int coFiringSets) {
        this.directScans = directScans;
        this.coFiringSets = coFiringSets;
        this.className = internalName;
        this.self = Type.getObjectType(internalName);
        this.main = new MethodHome(cw, self, constants, false);
        this.parts = split ? new PartClasses(internalName) : null;
        this.placer = split ? parts::place : units -> main;
    }

    /**
     * One class when the rule set fits one class file; else the main class and its part classes.
     * Deterministic either way: the same rule set always takes the same path.
     */
    static Map<String, byte[]> emitClasses(CheckedRuleSet ruleSet, String internalName) {
        return emitClasses(ruleSet, internalName, true, CO_FIRING_SETS);
    }

    /**
     * @param directScans  false to index every event type, however small (tests compare both forms)
     * @param coFiringSets the cap on kept multi-fire lists per thread (tests of the cap make it tiny)
     */
    static Map<String, byte[]> emitClasses(CheckedRuleSet ruleSet, String internalName, boolean directScans,
                                           int coFiringSets) {
        if (!surelyTooBigForOneClass(ruleSet)) {
            try {
                return new RuleSetClassEmitter(internalName, false, directScans, coFiringSets).emit(ruleSet);
            } catch (ClassTooLargeException | MethodTooLargeException oneClassIsTooSmall) {
                // fall through to the split form
            }
        }
        try {
            return new RuleSetClassEmitter(internalName, true, directScans, coFiringSets).emit(ruleSet);
        } catch (ClassTooLargeException | MethodTooLargeException e) {
            throw RuleSetTooLargeException.of(ruleSet, e);
        }
    }

    /**
     * Saves a doomed first attempt: past about 30,000 comparisons, the literal indexes alone need
     * constant pool entries ({@code ldc} above 32,767) and the extracted methods more still.
     */
    private static boolean surelyTooBigForOneClass(CheckedRuleSet ruleSet) {
        long estimated = 0;
        for (var rule : ruleSet.activeRules()) {
            estimated += ConditionEmitter.size(rule.condition());
        }
        return estimated > SPLIT_AT_ESTIMATED_BYTES;
    }

    /** @throws ClassTooLargeException or MethodTooLargeException when a class file limit is passed */
    private Map<String, byte[]> emit(CheckedRuleSet ruleSet) {
        List<EventPlan> plans = IndexPlanner.plan(ruleSet);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, className, null,
                "java/lang/Object", new String[] {"dev/presync/runtime/RuleSet"});
        cw.visitSource(ruleSet.sourceName(), null);
        emitConstructor();
        emitEvaluate(plans, false);
        emitEvaluate(plans, true);
        for (EventPlan plan : plans) {
            EventType type = plan.type();
            ConditionEmitter.Extractor extractor = c -> schedule(c, type);
            EventMethodEmitter events = new EventMethodEmitter(cw, self, constants, extractor, plan, placer, directScans);
            events.emit(this::drain);
            if (events.direct()) {
                EntryEmitter.emitDirectEval(cw, self, constants, extractor, plan);
                EntryEmitter.emitDirectSink(cw, self, constants, extractor, plan);
                drain();
                aloneFields.put(plan, DirectScanEmitter.alone(plan));
            } else {
                EntryEmitter.emitEval(cw, self, plan);
                EntryEmitter.emitSink(cw, self, plan);
            }
        }
        TemplateCopier.copyInto(cw, className);
        emitStaticInit(plans);
        cw.visitEnd();
        Map<String, byte[]> classes = new LinkedHashMap<>();
        classes.put(className.replace('/', '.'), cw.toByteArray());
        if (parts != null) {
            classes.putAll(parts.finish());
        }
        return classes;
    }

    private ConditionEmitter.Extracted schedule(Condition condition, EventType type) {
        String name = "cond$" + extractedCount++;
        MethodHome home = placer.place(1);
        pending.add(new Pending(name, condition, type, home));
        return new ConditionEmitter.Extracted(home.self, name);
    }

    /** Emits scheduled conditions, which may schedule smaller ones in turn. */
    private void drain() {
        while (!pending.isEmpty()) {
            Pending p = pending.poll();
            GeneratorAdapter mg = p.home().method(p.name(), ConditionEmitter.EXTRACTED_DESCRIPTOR);
            ConditionEmitter conditions = new ConditionEmitter(mg, 0,
                    new ComparisonEmitter(mg, 0, p.type(), p.home().constants, p.home().self), c -> schedule(c, p.type()));
            Label no = new Label();
            conditions.jump(p.condition(), no, false);
            mg.push(true);
            mg.returnValue();
            mg.mark(no);
            mg.push(false);
            mg.returnValue();
            mg.endMethod();
        }
    }

    private void emitConstructor() {
        GeneratorAdapter mg = method(Opcodes.ACC_PUBLIC, "<init>", "()V");
        mg.loadThis();
        mg.invokeConstructor(Type.getType(Object.class), Method.getMethod("void <init>()"));
        mg.returnValue();
        mg.endMethod();
    }

    /**
     * {@code evaluate(event)} and {@code evaluate(event, sink)}: a switch on
     * {@code event.type().ordinal()} picks the case, and the case calls the type's entry method
     * ({@link EntryEmitter}) and nothing else, so that the JIT's own compilation of {@code evaluate}
     * stays small enough to be inlined into its callers. The switch's keys are the ordinals this
     * compiler saw; {@code <clinit>} checks them against the runtime's enum into the static final
     * {@code ordinalsAsCompiled}, which C2 folds, and if a later runtime reordered the enum the
     * same cases are reached through {@code typeCase[ordinal]}, a map built from names (what javac's
     * {@code $SwitchMap} does for hand-written code, at the cost of one load before the jump).
     */
    private void emitEvaluate(List<EventPlan> plans, boolean sink) {
        GeneratorAdapter mg = method(Opcodes.ACC_PUBLIC, "evaluate",
                sink ? EventMethodEmitter.SINK_DESCRIPTOR : EventMethodEmitter.EVAL_DESCRIPTOR);
        int[] ordinals = new int[plans.size()];
        int[] keys = new int[plans.size()];
        for (int k = 0; k < keys.length; k++) {
            ordinals[k] = plans.get(k).type().ordinal();
            keys[k] = k + 1;
        }
        Arrays.sort(ordinals); // tableSwitch takes its keys in order
        Label remapped = new Label();
        mg.getStatic(self, ORDINALS_AS_COMPILED_FIELD, Type.BOOLEAN_TYPE);
        mg.ifZCmp(GeneratorAdapter.EQ, remapped);
        pushOrdinal(mg);
        mg.tableSwitch(ordinals, typeCases(mg, sink, ordinal -> planOfOrdinal(plans, ordinal)), true);
        mg.mark(remapped);
        mg.getStatic(self, TYPE_CASE_FIELD, Type.getType(int[].class));
        pushOrdinal(mg);
        mg.arrayLoad(Type.INT_TYPE);
        mg.tableSwitch(keys, typeCases(mg, sink, key -> plans.get(key - 1)), true);
        mg.endMethod();
    }

    private static void pushOrdinal(GeneratorAdapter mg) {
        mg.loadArg(0);
        mg.invokeVirtual(OperandAccess.EVENT, new Method("type", "()Ldev/presync/runtime/EventType;"));
        mg.invokeVirtual(EVENT_TYPE, Method.getMethod("int ordinal()"));
    }

    private static EventPlan planOfOrdinal(List<EventPlan> plans, int ordinal) {
        return plans.stream().filter(p -> p.type().ordinal() == ordinal).findFirst().orElseThrow();
    }

    /** Each case calls its type's entry method; the default answers "nothing fires". */
    private TableSwitchGenerator typeCases(GeneratorAdapter mg, boolean sink, IntFunction<EventPlan> planOfKey) {
        return new TableSwitchGenerator() {
            @Override
            public void generateCase(int key, Label end) {
                EventPlan plan = planOfKey.apply(key);
                mg.loadArg(0);
                if (sink) {
                    mg.loadArg(1);
                    mg.invokeStatic(self, new Method(EntryEmitter.sinkName(plan), EntryEmitter.SINK_ENTRY_DESCRIPTOR));
                } else {
                    mg.invokeStatic(self, new Method(EntryEmitter.evalName(plan), EventMethodEmitter.EVAL_DESCRIPTOR));
                }
                mg.returnValue();
            }

            @Override
            public void generateDefault() {
                if (sink) {
                    mg.push(0);
                } else {
                    mg.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/List", "of", "()Ljava/util/List;", true);
                }
                mg.returnValue();
            }
        };
    }

    private void emitStaticInit(List<EventPlan> plans) {
        GeneratorAdapter mg = method(Opcodes.ACC_STATIC, "<clinit>", "()V");
        constants.emit(cw, mg, className);
        field(TYPE_CASE_FIELD, "[I");
        mg.invokeStatic(EVENT_TYPE, new Method("values", "()[Ldev/presync/runtime/EventType;"));
        mg.arrayLength();
        mg.newArray(Type.INT_TYPE);
        for (int k = 0; k < plans.size(); k++) {
            mg.dup();
            mg.getStatic(EVENT_TYPE, plans.get(k).type().name(), EVENT_TYPE);
            mg.invokeVirtual(EVENT_TYPE, Method.getMethod("int ordinal()"));
            mg.push(k + 1);
            mg.arrayStore(Type.INT_TYPE);
        }
        mg.putStatic(self, TYPE_CASE_FIELD, Type.getType(int[].class));
        emitOrdinalsAsCompiled(mg, plans);
        field(EventMethodEmitter.SCRATCH_FIELD, EventMethodEmitter.THREAD_LOCAL.getDescriptor());
        mg.newInstance(EventMethodEmitter.THREAD_LOCAL);
        mg.dup();
        mg.invokeConstructor(EventMethodEmitter.THREAD_LOCAL, Method.getMethod("void <init>()"));
        mg.putStatic(self, EventMethodEmitter.SCRATCH_FIELD, EventMethodEmitter.THREAD_LOCAL);
        field(EntryEmitter.CO_FIRING_FIELD, EventMethodEmitter.THREAD_LOCAL.getDescriptor());
        mg.push(coFiringSets);
        mg.push(coFiringSets * CO_FIRING_POSITIONS_PER_SET);
        mg.invokeStatic(Type.getObjectType("dev/presync/runtime/CoFiringLists"),
                Method.getMethod("ThreadLocal perThread(int, int)"));
        mg.putStatic(self, EntryEmitter.CO_FIRING_FIELD, EventMethodEmitter.THREAD_LOCAL);
        for (EventPlan plan : plans) {
            field(EventMethodEmitter.singlesField(plan), "[Ljava/util/List;");
            mg.getStatic(self, EventMethodEmitter.actionsField(plan), Type.getType("[Ldev/presync/runtime/Action;"));
            mg.invokeStatic(self, new Method("singles", "([Ldev/presync/runtime/Action;)[Ljava/util/List;"));
            mg.putStatic(self, EventMethodEmitter.singlesField(plan), Type.getType("[Ljava/util/List;"));
        }
        emitAloneFields(mg);
        mg.returnValue();
        mg.endMethod();
    }

    /**
     * One static final field per answer a straight-line {@code eval$Type} returns where it finds
     * it: the position's singleton list ({@code single$Type$p}), the same object as in
     * {@code singles$Type}. The JIT folds a static
     * final field into the code as a constant; an array element it must load.
     */
    private void emitAloneFields(GeneratorAdapter mg) {
        for (Map.Entry<EventPlan, boolean[]> e : aloneFields.entrySet()) {
            EventPlan plan = e.getKey();
            for (int p = 0; p < e.getValue().length; p++) {
                if (!e.getValue()[p]) {
                    continue;
                }
                field(EntryEmitter.singleField(plan, p), "Ljava/util/List;");
                mg.getStatic(self, EventMethodEmitter.singlesField(plan), Type.getType("[Ljava/util/List;"));
                mg.push(p);
                mg.arrayLoad(Type.getType(List.class));
                mg.putStatic(self, EntryEmitter.singleField(plan, p), Type.getType(List.class));
                field(EntryEmitter.actionField(plan, p), "Ldev/presync/runtime/Action;");
                mg.getStatic(self, EventMethodEmitter.actionsField(plan), Type.getType("[Ldev/presync/runtime/Action;"));
                mg.push(p);
                mg.arrayLoad(Type.getObjectType("dev/presync/runtime/Action"));
                mg.putStatic(self, EntryEmitter.actionField(plan, p), Type.getObjectType("dev/presync/runtime/Action"));
            }
        }
    }

    /** {@code ordinalsAsCompiled = T1.ordinal() == o1 && T2.ordinal() == o2 && ...} over the planned types. */
    private void emitOrdinalsAsCompiled(GeneratorAdapter mg, List<EventPlan> plans) {
        field(ORDINALS_AS_COMPILED_FIELD, "Z");
        Label differs = new Label();
        Label done = new Label();
        for (EventPlan plan : plans) {
            mg.getStatic(EVENT_TYPE, plan.type().name(), EVENT_TYPE);
            mg.invokeVirtual(EVENT_TYPE, Method.getMethod("int ordinal()"));
            mg.push(plan.type().ordinal());
            mg.ifICmp(GeneratorAdapter.NE, differs);
        }
        mg.push(true);
        mg.goTo(done);
        mg.mark(differs);
        mg.push(false);
        mg.mark(done);
        mg.putStatic(self, ORDINALS_AS_COMPILED_FIELD, Type.BOOLEAN_TYPE);
    }

    private void field(String name, String descriptor) {
        cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, name, descriptor, null, null)
                .visitEnd();
    }

    private GeneratorAdapter method(int access, String name, String descriptor) {
        GeneratorAdapter mg = new GeneratorAdapter(cw.visitMethod(access, name, descriptor, null, null), access, name,
                descriptor);
        mg.visitCode();
        return mg;
    }
}
