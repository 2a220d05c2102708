package dev.presync.compiler.codegen;

import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.Condition;
import dev.presync.runtime.Action;
import java.util.List;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.GeneratorAdapter;
import org.objectweb.asm.commons.Method;
import org.objectweb.asm.commons.TableSwitchGenerator;

/**
 * Emits everything one event type needs: {@code eval$Type(RuleEvent)} that walks the candidate
 * streams of its {@link EventPlan}, {@code holds$Type(int, RuleEvent)} that dispatches a rule
 * position to its chunk, and the chunk methods {@code rules$Type$k} holding up to 32 conditions
 * each (32 × {@link ConditionEmitter#INLINE_LIMIT} stays well under 64 KB).
 */
final class EventMethodEmitter {
    static final String EVAL_DESCRIPTOR = "(Ldev/presync/runtime/RuleEvent;)Ljava/util/List;";
    static final String SINK_DESCRIPTOR = "(Ldev/presync/runtime/RuleEvent;Ldev/presync/runtime/ActionSink;)I";
    /** {@code scan$Type}: -1 when no rule fires, the position when one does, -2 when several do. */
    static final String SCAN_DESCRIPTOR = "(Ldev/presync/runtime/RuleEvent;)I";
    /** The per-thread scratch array multi-fires record their positions in (see Templates.push). */
    static final String SCRATCH_FIELD = "scratch";
    static final Type THREAD_LOCAL = Type.getType(ThreadLocal.class);
    private static final int CHUNK_SHIFT = 5;
    /** In an {@code answers} table: this bucket needs the loop. Never a scan result (those are -2, -1 and positions). */
    private static final int NO_ANSWER = -3;
    private static final Type LIST = Type.getType(List.class);
    private static final Type INT_ARRAY = Type.getType(int[].class);
    private static final Type INT_ARRAYS = Type.getType(int[][].class);
    private static final Type STRINGS = Type.getType(String[].class);
    private static final Type LONGS = Type.getType(long[].class);
    private static final String HOLDS_DESCRIPTOR = "(ILdev/presync/runtime/RuleEvent;)Z";

    private final ClassVisitor cv;
    private final Type self;
    private final ConstantTables constants;
    private final ConditionEmitter.Extractor extractor;
    private final EventPlan plan;
    private final String suffix;
    private final MethodHome[] chunkHomes;
    /** This type's scan is straight-line code ({@link DirectScanEmitter}). */
    private final boolean direct;

    /** @param placer where each chunk method goes: this class, or a part class when the rule set is huge */
    EventMethodEmitter(ClassVisitor cv, Type self, ConstantTables constants, ConditionEmitter.Extractor extractor,
                       EventPlan plan, MethodHome.Placer placer, boolean directScans) {
        // Straight-line code tests only what text keys leave; a pair-keyed rule's tested condition lacks more.
        this.direct = directScans && plan.pairIndexes().isEmpty() && DirectScanEmitter.fits(plan);
        this.cv = cv;
        this.self = self;
        this.constants = constants;
        this.extractor = extractor;
        this.plan = plan;
        this.suffix = "$" + plan.type().spelling();
        // A direct scan tests every rule inline: no holds$Type, no chunks.
        this.chunkHomes = new MethodHome[direct ? 0
                : (plan.rules().size() + (1 << CHUNK_SHIFT) - 1) >>> CHUNK_SHIFT];
        for (int k = 0; k < chunkHomes.length; k++) {
            chunkHomes[k] = placer.place(1 << CHUNK_SHIFT);
        }
    }

    /** True when the type's scan is straight-line code, written into its entry methods, not here. */
    boolean direct() {
        return direct;
    }

    static String scanName(EventPlan plan) {
        return "scan$" + plan.type().spelling();
    }

    static String actionsField(EventPlan plan) {
        return "actions$" + plan.type().spelling();
    }

    static String singlesField(EventPlan plan) {
        return "singles$" + plan.type().spelling();
    }

    /** Emits the methods; registers the type's tables; chunk methods may schedule extracted conditions. */
    void emit(Runnable drainExtracted) {
        constants.add(actionsField(plan), ConstantTables.Kind.ACTIONS,
                plan.rules().stream().map(CheckedRule::action).toArray(Action[]::new));
        if (direct) {
            return; // the entry methods hold the straight-line scan (EntryEmitter.emitDirectEval)
        }
        emitEval();
        emitHolds();
        for (int chunk = 0; chunk < chunkHomes.length; chunk++) {
            emitChunk(chunk);
            drainExtracted.run();
        }
    }

    private void emitEval() {
        GeneratorAdapter mg = method(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, scanName(plan), SCAN_DESCRIPTOR);
        Scan scan = new Scan(mg);
        for (EventPlan.TextIndex index : plan.textIndexes()) {
            String name = "$" + index.operand().spelling() + suffix;
            constants.add("keys" + name, ConstantTables.Kind.STRINGS, index.tableKeys());
            constants.add("ids" + name, ConstantTables.Kind.INTS, index.tableIds());
            constants.add("buckets" + name, ConstantTables.Kind.INT_ARRAYS, index.buckets());
            mg.loadArg(0);
            mg.invokeVirtual(OperandAccess.EVENT, OperandAccess.text(index.operand()));
            mg.getStatic(self, "keys" + name, STRINGS);
            mg.getStatic(self, "ids" + name, INT_ARRAY);
            mg.invokeStatic(self, Method.getMethod("int textBucket(String, String[], int[])"));
            if (onlyStream()) {
                answerAtOnce(mg, scan, "answers" + name, index);
            }
            scan.bucketList("buckets" + name);
        }
        for (EventPlan.PairIndex index : plan.pairIndexes()) {
            pairIndex(mg, scan, index);
        }
        for (EventPlan.NumericIndex index : plan.numericIndexes()) {
            numericIndex(mg, scan, index);
        }
        if (plan.unkeyed().length > 0) {
            constants.add("unkeyed" + suffix, ConstantTables.Kind.INTS, plan.unkeyed());
            scan.whole("unkeyed" + suffix);
        }
        mg.loadLocal(scan.first);
        mg.loadLocal(scan.more);
        mg.invokeStatic(self, Method.getMethod("int result(int, int[])"));
        mg.returnValue();
        mg.endMethod();
    }

    /** True when one text index finds every rule of the type that can fire: its bucket is the whole answer. */
    private boolean onlyStream() {
        return plan.textIndexes().size() == 1 && plan.pairIndexes().isEmpty() && plan.numericIndexes().isEmpty()
                && plan.unkeyed().length == 0;
    }

    /**
     * With the bucket id on the stack: when the bucket alone decides the scan (it is empty, or its
     * one rule has nothing left to test), return {@code answers[bucket]} at once, the scan's own
     * result; otherwise leave the id on the stack for the loop. {@link #NO_ANSWER} marks the rest.
     */
    private void answerAtOnce(GeneratorAdapter mg, Scan scan, String field, EventPlan.TextIndex index) {
        int[] answers = new int[index.buckets().length];
        for (int b = 0; b < answers.length; b++) {
            int[] bucket = index.buckets()[b];
            answers[b] = bucket.length == 0 ? -1
                    : bucket.length == 1 && plan.tested().get(bucket[0]) instanceof Condition.Always ? bucket[0]
                    : NO_ANSWER;
        }
        constants.add(field, ConstantTables.Kind.INTS, answers);
        Label loop = new Label();
        mg.storeLocal(scan.bucket);
        mg.getStatic(self, field, INT_ARRAY);
        mg.loadLocal(scan.bucket);
        mg.arrayLoad(Type.INT_TYPE);
        mg.dup();
        mg.push(NO_ANSWER);
        mg.ifICmp(GeneratorAdapter.EQ, loop);
        mg.returnValue();
        mg.mark(loop);
        mg.pop();
        mg.loadLocal(scan.bucket);
    }

    /** Looks the event's two values up when both are present, and scans the bucket found. */
    private void pairIndex(GeneratorAdapter mg, Scan scan, EventPlan.PairIndex index) {
        String name = "$" + index.pair().spelling() + suffix;
        constants.add("pairFirst" + name, ConstantTables.Kind.LONGS, index.firstKeys());
        constants.add("pairSecond" + name, ConstantTables.Kind.LONGS, index.secondKeys());
        constants.add("pairIds" + name, ConstantTables.Kind.INTS, index.tableIds());
        constants.add("pairBuckets" + name, ConstantTables.Kind.INT_ARRAYS, index.buckets());
        Label absent = new Label();
        mg.loadArg(0);
        mg.invokeVirtual(OperandAccess.EVENT, OperandAccess.presence(index.pair().first()));
        mg.ifZCmp(GeneratorAdapter.EQ, absent);
        mg.loadArg(0);
        mg.invokeVirtual(OperandAccess.EVENT, OperandAccess.presence(index.pair().second()));
        mg.ifZCmp(GeneratorAdapter.EQ, absent);
        mg.loadArg(0);
        mg.invokeVirtual(OperandAccess.EVENT, OperandAccess.numerator(index.pair().first()));
        mg.loadArg(0);
        mg.invokeVirtual(OperandAccess.EVENT, OperandAccess.numerator(index.pair().second()));
        mg.getStatic(self, "pairFirst" + name, LONGS);
        mg.getStatic(self, "pairSecond" + name, LONGS);
        mg.getStatic(self, "pairIds" + name, INT_ARRAY);
        mg.invokeStatic(self, Method.getMethod("int pairBucket(long, long, long[], long[], int[])"));
        scan.bucketList("pairBuckets" + name);
        mg.mark(absent);
    }

    private void numericIndex(GeneratorAdapter mg, Scan scan, EventPlan.NumericIndex index) {
        String name = "$" + index.operand().spelling() + suffix;
        constants.add("thresholdNums" + name, ConstantTables.Kind.LONGS, index.nums());
        constants.add("thresholdDens" + name, ConstantTables.Kind.LONGS, index.dens());
        Label absent = new Label();
        mg.loadArg(0);
        mg.invokeVirtual(OperandAccess.EVENT, OperandAccess.presence(index.operand()));
        mg.ifZCmp(GeneratorAdapter.EQ, absent);
        mg.loadArg(0);
        mg.invokeVirtual(OperandAccess.EVENT, OperandAccess.numerator(index.operand()));
        if (index.operand().isDerived()) {
            mg.loadArg(0);
            mg.invokeVirtual(OperandAccess.EVENT, OperandAccess.capacity());
        } else {
            mg.push(1L);
        }
        mg.getStatic(self, "thresholdNums" + name, LONGS);
        mg.getStatic(self, "thresholdDens" + name, LONGS);
        mg.invokeStatic(self, Method.getMethod("int numBucket(long, long, long[], long[])"));
        mg.storeLocal(scan.bucket);
        if (java.util.Arrays.stream(index.bands()).anyMatch(b -> b.length > 0)) {
            constants.add("bands" + name, ConstantTables.Kind.INT_ARRAYS, index.bands());
            mg.loadLocal(scan.bucket);
            scan.bucketList("bands" + name);
        }
        if (index.lower().length > 0) {
            constants.add("lower" + name, ConstantTables.Kind.INTS, index.lower());
            constants.add("lowerEnd" + name, ConstantTables.Kind.INTS, index.lowerEnd());
            scan.prefix("lower" + name, "lowerEnd" + name);
        }
        if (index.upper().length > 0) {
            constants.add("upper" + name, ConstantTables.Kind.INTS, index.upper());
            constants.add("upperEnd" + name, ConstantTables.Kind.INTS, index.upperEnd());
            scan.prefix("upper" + name, "upperEnd" + name);
        }
        mg.mark(absent);
    }

    /** The loop over one candidate stream, recording fired positions in {@code first} and {@code more}. */
    private final class Scan {
        final GeneratorAdapter mg;
        final int first;
        final int more;
        final int bucket;
        final int array;
        final int end;
        final int i;
        final int position;

        Scan(GeneratorAdapter mg) {
            this.mg = mg;
            first = mg.newLocal(Type.INT_TYPE);
            more = mg.newLocal(INT_ARRAY);
            bucket = mg.newLocal(Type.INT_TYPE);
            array = mg.newLocal(INT_ARRAY);
            end = mg.newLocal(Type.INT_TYPE);
            i = mg.newLocal(Type.INT_TYPE);
            position = mg.newLocal(Type.INT_TYPE);
            mg.push(-1);
            mg.storeLocal(first);
            mg.visitInsn(Opcodes.ACONST_NULL);
            mg.storeLocal(more);
        }

        /** With a bucket id on the stack: scan that bucket's list. */
        void bucketList(String listsField) {
            mg.storeLocal(bucket);
            mg.getStatic(self, listsField, INT_ARRAYS);
            mg.loadLocal(bucket);
            mg.arrayLoad(INT_ARRAY);
            mg.storeLocal(array);
            mg.loadLocal(array);
            mg.arrayLength();
            loop();
        }

        void whole(String field) {
            mg.getStatic(self, field, INT_ARRAY);
            mg.storeLocal(array);
            mg.loadLocal(array);
            mg.arrayLength();
            loop();
        }

        /** The first {@code ends[bucket]} entries of a ray stream. */
        void prefix(String field, String endsField) {
            mg.getStatic(self, field, INT_ARRAY);
            mg.storeLocal(array);
            mg.getStatic(self, endsField, INT_ARRAY);
            mg.loadLocal(bucket);
            mg.arrayLoad(Type.INT_TYPE);
            loop();
        }

        /** With the stream's length on the stack. */
        private void loop() {
            Label test = new Label();
            Label next = new Label();
            Label again = new Label();
            Label done = new Label();
            mg.storeLocal(end);
            mg.push(0);
            mg.storeLocal(i);
            mg.mark(test);
            mg.loadLocal(i);
            mg.loadLocal(end);
            mg.ifICmp(GeneratorAdapter.GE, done);
            mg.loadLocal(array);
            mg.loadLocal(i);
            mg.arrayLoad(Type.INT_TYPE);
            mg.storeLocal(position);
            mg.loadLocal(position);
            mg.loadArg(0);
            mg.invokeStatic(self, new Method("holds" + suffix, HOLDS_DESCRIPTOR));
            mg.ifZCmp(GeneratorAdapter.EQ, next);
            mg.loadLocal(first);
            mg.ifZCmp(GeneratorAdapter.GE, again);
            mg.loadLocal(position);
            mg.storeLocal(first);
            mg.goTo(next);
            mg.mark(again);
            mg.loadLocal(more);
            mg.loadLocal(first);
            mg.loadLocal(position);
            mg.getStatic(self, SCRATCH_FIELD, THREAD_LOCAL);
            mg.push(plan.rules().size());
            mg.invokeStatic(self, Method.getMethod("int[] push(int[], int, int, ThreadLocal, int)"));
            mg.storeLocal(more);
            mg.mark(next);
            mg.iinc(i, 1);
            mg.goTo(test);
            mg.mark(done);
        }
    }

    private void emitHolds() {
        GeneratorAdapter mg = method(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, "holds" + suffix, HOLDS_DESCRIPTOR);
        int chunks = chunkHomes.length;
        int[] keys = new int[chunks];
        for (int k = 0; k < chunks; k++) {
            keys[k] = k;
        }
        mg.loadArg(0);
        mg.push(CHUNK_SHIFT);
        mg.math(GeneratorAdapter.USHR, Type.INT_TYPE);
        mg.tableSwitch(keys, new TableSwitchGenerator() {
            @Override
            public void generateCase(int key, Label end) {
                mg.loadArg(0);
                mg.loadArg(1);
                mg.invokeStatic(chunkHomes[key].self, new Method(chunkName(key), HOLDS_DESCRIPTOR));
                mg.returnValue();
            }

            @Override
            public void generateDefault() {
                mg.push(false);
                mg.returnValue();
            }
        }, true);
        mg.endMethod();
    }

    private String chunkName(int chunk) {
        return "rules" + suffix + "$" + chunk;
    }

    private void emitChunk(int chunk) {
        MethodHome home = chunkHomes[chunk];
        GeneratorAdapter mg = home.method(chunkName(chunk), HOLDS_DESCRIPTOR);
        int base = chunk << CHUNK_SHIFT;
        int count = Math.min(1 << CHUNK_SHIFT, plan.rules().size() - base);
        int[] keys = new int[count];
        for (int k = 0; k < count; k++) {
            keys[k] = base + k;
        }
        ConditionEmitter conditions = new ConditionEmitter(mg, 1,
                new ComparisonEmitter(mg, 1, plan.type(), home.constants, home.self), extractor);
        Label no = new Label();
        mg.loadArg(0);
        mg.tableSwitch(keys, new TableSwitchGenerator() {
            @Override
            public void generateCase(int key, Label end) {
                conditions.jumpOrCall(plan.tested().get(key), no, false);
                mg.push(true);
                mg.returnValue();
            }

            @Override
            public void generateDefault() {
                mg.goTo(no);
            }
        }, true);
        mg.mark(no);
        mg.push(false);
        mg.returnValue();
        mg.endMethod();
    }

    private GeneratorAdapter method(int access, String name, String descriptor) {
        GeneratorAdapter mg = new GeneratorAdapter(cv.visitMethod(access, name, descriptor, null, null), access, name,
                descriptor);
        mg.visitCode();
        return mg;
    }
}
