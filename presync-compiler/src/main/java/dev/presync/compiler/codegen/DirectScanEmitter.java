package dev.presync.compiler.codegen;

import dev.presync.compiler.checked.Condition;
import dev.presync.runtime.Operand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.GeneratorAdapter;
import org.objectweb.asm.commons.Method;
import org.objectweb.asm.commons.TableSwitchGenerator;

/**
 * The scan of a small event type as straight-line code, the way a programmer writes a handful of
 * rules: a text index becomes a string switch as javac compiles one ({@code hashCode} into a
 * {@code lookupswitch}, then {@code equals} against the constant; one or two keys are just
 * {@code equals}), and each case holds its rules' remaining tests inline. Rules no text index
 * finds are tested one after another. No tables, no candidate loop, no per-rule dispatch: the
 * JIT sees every test and every literal as a constant. A rule that {@link Exclusion} proves fires
 * alone returns at once, as a hand-written {@code return} in a switch case does, and the rules
 * after it do not test again what its failure settled ({@link PathFacts}). A table-driven scan costs an array walk
 * and a two-level switch per candidate, which dominates when a type has only a few rules (the
 * 10-rule benchmark measured 2x the hand-written Java with it).
 *
 * <p>Only for types within {@link #MAX_RULES} rules, {@link #MAX_KEYS} keys per text index,
 * {@link #MAX_UNINDEXED} rules outside text indexes and {@link #BUDGET} estimated bytes of
 * conditions; bigger types keep the indexed scan, whose cost does not grow with the rule count.
 */
final class DirectScanEmitter {
    static final int MAX_RULES = 64;
    static final int MAX_KEYS = 64;
    /** Rules no text index finds are tested one by one: past this many, the indexed scan is cheaper. */
    static final int MAX_UNINDEXED = 8;
    /**
     * Estimated bytes of conditions ({@link ConditionEmitter#size}, 64 per comparison where real
     * code takes about 25). With the switch and the recording code, the method stays well under
     * HotSpot's 8,000-byte limit above which a method is never JIT-compiled.
     */
    static final int BUDGET = 4000;
    /** At most this many keys are tried by {@code equals} alone, without the hash switch. */
    private static final int EQUALS_ONLY = 2;
    private static final Type STRING = Type.getType(String.class);
    private static final Method EQUALS = Method.getMethod("boolean equals(Object)");

    private final GeneratorAdapter mg;
    private final Type self;
    private final EventPlan plan;
    private final ComparisonEmitter comparisons;
    private final ConditionEmitter conditions;
    private final int first;
    private final int more;
    private final Outcome outcome;
    /** Some position is recorded in {@code first} rather than answered at once. */
    private boolean recorded;
    /** Some position may be recorded after another: {@code more} can be non-null at the end. */
    private boolean pushed;
    /** Positions that fire alone whenever they fire: the scan returns at once. */
    private final boolean[] alone;
    /** True where no rule can have fired yet, so recording one is just {@code first = p}. */
    private boolean noneYet = true;

    private DirectScanEmitter(GeneratorAdapter mg, Type self, ConstantTables constants,
                              ConditionEmitter.Extractor extractor, EventPlan plan, Outcome outcome) {
        this.mg = mg;
        this.outcome = outcome;
        this.self = self;
        this.plan = plan;
        this.comparisons = new ComparisonEmitter(mg, 0, plan.type(), constants, self, true);
        this.conditions = new ConditionEmitter(mg, 0, comparisons, extractor);
        this.first = mg.newLocal(Type.INT_TYPE);
        this.more = mg.newLocal(Type.getType(int[].class));
        this.alone = alone(plan);
    }

    /** The positions that fire alone whenever they fire ({@link Exclusion}): their answer is returned at once. */
    static boolean[] alone(EventPlan plan) {
        Exclusion exclusion = new Exclusion(
                plan.rules().stream().map(r -> EventFacts.fold(r.condition(), plan.type())).toList(), plan.type());
        boolean[] alone = new boolean[plan.rules().size()];
        for (int p = 0; p < alone.length; p++) {
            alone[p] = exclusion.exclusiveWithAll(p, alone.length);
        }
        return alone;
    }

    /**
     * What the straight-line code does with what it found, written by the entry method that holds
     * it ({@link EntryEmitter}): each API returns its own answer at the point where the scan knows
     * it, as a hand-written {@code return LUNCH;} does, instead of an int the caller decodes again.
     */
    interface Outcome {
        /** Position p fired, and no other rule can: return its answer. */
        void alone(GeneratorAdapter mg, int p);

        /** Nothing can be recorded on the way to the end: nothing fired. */
        void none(GeneratorAdapter mg);

        /**
         * The end of the scan: {@code first} is -1 or the first position that fired; {@code more}
         * is null unless several did ({@code mayBeSeveral} false: it is always null).
         */
        void end(GeneratorAdapter mg, int first, int more, boolean mayBeSeveral);

        /** Code shared by the ways out above, written after the scan; none by default. */
        default void tail(GeneratorAdapter mg) {
        }
    }

    /** True when the type is small enough for straight-line code. */
    static boolean fits(EventPlan plan) {
        if (plan.rules().size() > MAX_RULES) {
            return false;
        }
        for (EventPlan.TextIndex index : plan.textIndexes()) {
            if (index.buckets().length - 1 > MAX_KEYS) {
                return false;
            }
        }
        Set<Integer> keyed = new HashSet<>();
        for (EventPlan.TextIndex index : plan.textIndexes()) {
            for (int[] bucket : index.buckets()) {
                for (int p : bucket) {
                    keyed.add(p);
                }
            }
        }
        int size = 0;
        int unindexed = 0;
        for (int p = 0; p < plan.tested().size(); p++) {
            Condition c = plan.tested().get(p);
            size += Math.min(ConditionEmitter.size(c), ConditionEmitter.INLINE_LIMIT);
            if (!keyed.contains(p) && !EventFacts.isNever(c)) {
                unindexed++;
            }
        }
        return size <= BUDGET && unindexed <= MAX_UNINDEXED;
    }

    /**
     * Writes the scan into {@code mg}, an entry method whose argument 0 is the event, started
     * here and ended here; {@code outcome} writes each way out of it.
     */
    static void emit(GeneratorAdapter mg, Type self, ConstantTables constants, ConditionEmitter.Extractor extractor,
                     EventPlan plan, Outcome outcome) {
        new DirectScanEmitter(mg, self, constants, extractor, plan, outcome).body();
    }

    private void body() {
        boolean everyRuleAlone = true;
        for (boolean a : alone) {
            everyRuleAlone &= a;
        }
        if (!everyRuleAlone) { // else nothing is ever recorded: every way out is a return of its own
            mg.push(-1);
            mg.storeLocal(first);
            mg.visitInsn(Opcodes.ACONST_NULL);
            mg.storeLocal(more);
        }
        TreeSet<Integer> keyed = new TreeSet<>();
        for (EventPlan.TextIndex index : plan.textIndexes()) {
            for (int[] bucket : index.buckets()) {
                for (int p : bucket) {
                    keyed.add(p);
                }
            }
            textSwitch(index);
        }
        List<Integer> unindexed = new ArrayList<>();
        for (int p = 0; p < plan.rules().size(); p++) {
            if (!keyed.contains(p) && !EventFacts.isNever(plan.tested().get(p))) {
                unindexed.add(p);
            }
        }
        Label nothing = new Label();
        PathFacts facts = presenceGuard(unindexed, nothing);
        for (int p : unindexed) {
            Condition tested = facts.simplify(plan.tested().get(p));
            if (!test(p, tested)) {
                finish(facts, nothing); // a rule that always fires, alone: nothing after it can run
                return;
            }
            if (alone[p]) {
                facts.fellThrough(tested); // the scan goes on only when p did not fire
            }
        }
        if (recorded) {
            outcome.end(mg, first, more, pushed);
        } else {
            outcome.none(mg);
        }
        finish(facts, nothing);
    }

    /**
     * When no text switch came first (nothing can be recorded yet) and every rule left compares
     * some number operand, tests each such operand present once, jumping to {@code nothing}
     * otherwise: the facts the rules after it may rely on.
     */
    private PathFacts presenceGuard(List<Integer> unindexed, Label nothing) {
        if (!plan.textIndexes().isEmpty() || unindexed.isEmpty()) {
            return PathFacts.none(plan.type());
        }
        Set<Operand> shared =
                PathFacts.sharedPresence(unindexed.stream().map(plan.tested()::get).toList(), plan.type());
        for (Operand o : shared) {
            mg.loadArg(0);
            mg.invokeVirtual(OperandAccess.EVENT, OperandAccess.presence(o));
            mg.ifZCmp(GeneratorAdapter.EQ, nothing);
        }
        Set<Operand> present = PathFacts.withImplied(shared);
        comparisons.assumePresent(present); // the guard dominates every test after it
        return new PathFacts(plan.type(), present);
    }

    /** The guard's way out, when it has one, the outcome's shared code, then the end of the method. */
    private void finish(PathFacts facts, Label nothing) {
        if (facts.guarded()) {
            mg.mark(nothing);
            outcome.none(mg);
        }
        outcome.tail(mg);
        mg.endMethod();
    }

    /** The index's keys by hash code (sorted, as {@code lookupswitch} needs), each with its bucket. */
    private static TreeMap<Integer, List<Map.Entry<String, Integer>>> keysByHash(EventPlan.TextIndex index) {
        TreeMap<Integer, List<Map.Entry<String, Integer>>> out = new TreeMap<>();
        for (int i = 0; i < index.tableKeys().length; i++) {
            String key = index.tableKeys()[i];
            if (key != null) {
                out.computeIfAbsent(key.hashCode(), h -> new ArrayList<>()).add(Map.entry(key, index.tableIds()[i]));
            }
        }
        return out;
    }

    private void textSwitch(EventPlan.TextIndex index) {
        Label end = new Label();
        int value = mg.newLocal(STRING);
        mg.loadArg(0);
        mg.invokeVirtual(OperandAccess.EVENT, OperandAccess.text(index.operand()));
        mg.storeLocal(value);
        mg.loadLocal(value);
        mg.ifNull(end);
        TreeMap<Integer, List<Map.Entry<String, Integer>>> byHash = keysByHash(index);
        boolean atStart = noneYet; // one case runs at most: each starts from what held before the switch
        if (index.buckets().length - 1 <= EQUALS_ONLY) {
            byHash.values().forEach(keys -> keyCases(keys, index, value, end, atStart));
        } else {
            hashThenOneEquals(byHash, index, value, end, atStart);
        }
        mg.mark(end);
        noneYet = atStart && Arrays.stream(index.buckets()).allMatch(b -> b.length == 0);
    }

    /**
     * The text switch with one {@code equals} for all keys ({@link OneEqualsSwitch}): the hash
     * picks the one key the value can equal and its number, one {@code equals} confirms it, and a
     * second switch on the number runs that key's bucket. Keys that share a hash code keep one
     * {@code equals} each. The second switch's branches follow the first's, so they predict well.
     */
    private void hashThenOneEquals(TreeMap<Integer, List<Map.Entry<String, Integer>>> byHash,
                                   EventPlan.TextIndex index, int value, Label end, boolean atStart) {
        int which = mg.newLocal(Type.INT_TYPE);
        List<Integer> buckets = new ArrayList<>(); // by key number: the bucket of each key alone on its hash
        int[] hashes = byHash.keySet().stream().mapToInt(Integer::intValue).toArray();
        boolean verified = OneEqualsSwitch.emit(mg, value, hashes, hash -> {
            List<Map.Entry<String, Integer>> keys = byHash.get(hash);
            if (keys.size() > 1) {
                keyCases(keys, index, value, end, atStart);
                mg.goTo(end);
                return null;
            }
            mg.push(buckets.size());
            mg.storeLocal(which);
            buckets.add(keys.get(0).getValue());
            return keys.get(0).getKey();
        }, mg::push, end);
        if (!verified) {
            return; // every hash shared by several keys: each case tested its own
        }
        mg.ifZCmp(GeneratorAdapter.EQ, end);
        int[] numbers = IntStream.range(0, buckets.size()).toArray();
        mg.loadLocal(which);
        mg.tableSwitch(numbers, new TableSwitchGenerator() {
            @Override
            public void generateCase(int number, Label caseEnd) {
                if (bucket(buckets.get(number), index, atStart)) {
                    mg.goTo(end);
                }
            }

            @Override
            public void generateDefault() {
                mg.goTo(end);
            }
        }, true);
    }

    /** The rules of one bucket, tested in turn; false when the code after them is unreachable. */
    private boolean bucket(int bucketId, EventPlan.TextIndex index, boolean atStart) {
        noneYet = atStart;
        for (int p : index.buckets()[bucketId]) {
            if (!test(p)) {
                return false;
            }
        }
        return true;
    }

    /** For each key: when the value equals it, that bucket's rules, then the end of the switch. */
    private void keyCases(List<Map.Entry<String, Integer>> keys, EventPlan.TextIndex index, int value, Label end,
                          boolean atStart) {
        for (Map.Entry<String, Integer> key : keys) {
            Label other = new Label();
            mg.push(key.getKey());
            mg.loadLocal(value);
            mg.invokeVirtual(STRING, EQUALS);
            mg.ifZCmp(GeneratorAdapter.EQ, other);
            if (bucket(key.getValue(), index, atStart)) {
                mg.goTo(end);
            }
            mg.mark(other);
        }
    }

    /**
     * Position p's remaining test; when it holds, p is recorded as fired. False when the code
     * after it is unreachable (p fires alone and has nothing left to test), so none is emitted.
     */
    private boolean test(int p) {
        return test(p, plan.tested().get(p));
    }

    /** {@link #test(int)} with what is left of p's test where the scan stands. */
    private boolean test(int p, Condition tested) {
        Label skip = new Label();
        Label again = new Label();
        conditions.jumpOrCall(tested, skip, false);
        if (alone[p]) {
            outcome.alone(mg, p); // no other rule can fire with it
            if (tested instanceof Condition.Always) {
                return false;
            }
            mg.mark(skip);
            return true;
        }
        recorded = true;
        if (noneYet) {
            mg.push(p);
            mg.storeLocal(first);
            mg.mark(skip);
            noneYet = false;
            return true;
        }
        mg.loadLocal(first);
        mg.ifZCmp(GeneratorAdapter.GE, again);
        mg.push(p);
        mg.storeLocal(first);
        mg.goTo(skip);
        mg.mark(again);
        pushed = true;
        mg.loadLocal(more);
        mg.loadLocal(first);
        mg.push(p);
        mg.getStatic(self, EventMethodEmitter.SCRATCH_FIELD, EventMethodEmitter.THREAD_LOCAL);
        mg.push(plan.rules().size());
        mg.invokeStatic(self, Method.getMethod("int[] push(int[], int, int, ThreadLocal, int)"));
        mg.storeLocal(more);
        mg.mark(skip);
        return true;
    }
}
