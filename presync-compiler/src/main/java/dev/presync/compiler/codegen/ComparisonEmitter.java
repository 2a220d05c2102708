package dev.presync.compiler.codegen;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Rational;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.ValueType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.GeneratorAdapter;
import org.objectweb.asm.commons.Method;

/**
 * Emits one comparison as jumping code: branch to {@code target} when the comparison's truth is
 * {@code whenTrue}, else fall through. A missing side makes every comparator false, so the
 * presence checks branch to the "false" exit before anything is read. Numbers are compared
 * exactly with long arithmetic (see {@link ExactNumbers}); BigInteger only for Pct literals whose
 * per-capacity fraction does not fit in longs.
 */
final class ComparisonEmitter {
    private static final Type STRING = Type.getType(String.class);
    private static final Method CMP128 = Method.getMethod("int cmp128(long, long, long, long)");
    private static final Method CMP_BIG = Method.getMethod("int cmpBig(long, long, java.math.BigInteger, java.math.BigInteger)");

    private final GeneratorAdapter mg;
    private final int eventArg;
    private final EventType type;
    private final ConstantTables constants;
    private final Type self;
    /** Literal strings as {@code ldc} constants (small straight-line scans) rather than from the strings table. */
    private final boolean ldcStrings;
    private int leftText = -1;
    private int rightText = -1;
    /** Number operands the code has already tested present where it now stands (see {@link PathFacts}). */
    private Set<Operand> knownPresent = Set.of();

    ComparisonEmitter(GeneratorAdapter mg, int eventArg, EventType type, ConstantTables constants, Type self) {
        this(mg, eventArg, type, constants, self, false);
    }

    ComparisonEmitter(GeneratorAdapter mg, int eventArg, EventType type, ConstantTables constants, Type self,
                      boolean ldcStrings) {
        this.ldcStrings = ldcStrings;
        this.mg = mg;
        this.eventArg = eventArg;
        this.type = type;
        this.constants = constants;
        this.self = self;
    }

    void jump(Condition.Compare cmp, Label target, boolean whenTrue) {
        Term left = cmp.left();
        Term right = cmp.right();
        Comparator op = cmp.op();
        if (!(left instanceof Term.Field) && right instanceof Term.Field) {
            left = cmp.right();
            right = cmp.left();
            op = op.flipped();
        }
        if (isMissing(left) || isMissing(right)) {
            constant(false, target, whenTrue);
            return;
        }
        if (!(left instanceof Term.Field field)) {
            constant(op.test(literalOrder(left, right)), target, whenTrue);
            return;
        }
        Label miss = whenTrue ? new Label() : target;
        if (field.operand().type() == ValueType.TEXT) {
            text(field.operand(), right, op, target, whenTrue, miss);
        } else if (right instanceof Term.Field other) {
            fieldNumbers(field.operand(), other.operand(), op, target, whenTrue, miss);
        } else {
            requirePresent(field.operand(), miss);
            literalNumber(field.operand(), ((Term.Number) right).value(), op, target, whenTrue);
        }
        if (whenTrue) {
            mg.mark(miss);
        }
    }

    /**
     * An {@code or} of equalities between one carried text operand and literals: the operand is
     * read and null-checked once, then compared with each literal in turn (javac's code for
     * {@code x != null && (x.equals("a") || x.equals("b"))}). False, emitting nothing, for any
     * other {@code or}.
     */
    boolean anyEquals(List<Condition> alternatives, Label target, boolean whenTrue) {
        Operand operand = null;
        List<String> literals = new ArrayList<>();
        for (Condition c : alternatives) {
            if (!(c instanceof Condition.Compare cmp) || cmp.op() != Comparator.EQ) {
                return false;
            }
            Term field = cmp.left() instanceof Term.Field ? cmp.left() : cmp.right();
            Term literal = field == cmp.left() ? cmp.right() : cmp.left();
            if (!(field instanceof Term.Field f) || !(literal instanceof Term.Text text)
                    || f.operand().type() != ValueType.TEXT || !type.carries(f.operand())
                    || (operand != null && operand != f.operand())) {
                return false;
            }
            operand = f.operand();
            literals.add(text.value());
        }
        if (literals.size() < 2) {
            return false;
        }
        Label miss = whenTrue ? new Label() : target;
        leftText = loadTextOrMiss(operand, leftText, miss);
        TreeMap<Integer, String> byHash = new TreeMap<>();
        new TreeSet<>(literals).forEach(l -> byHash.merge(l.hashCode(), l, (a, b) -> null));
        if (byHash.size() >= 3 && !byHash.containsValue(null)) {
            oneEquals(byHash, target, whenTrue, miss);
            return true;
        }
        Label hit = whenTrue ? target : new Label();
        for (int i = 0; i < literals.size(); i++) {
            pushString(literals.get(i));
            mg.loadLocal(leftText);
            mg.invokeVirtual(STRING, Method.getMethod("boolean equals(Object)"));
            if (!whenTrue && i == literals.size() - 1) {
                mg.ifZCmp(GeneratorAdapter.EQ, target);
            } else {
                mg.ifZCmp(GeneratorAdapter.NE, hit);
            }
        }
        mg.mark(whenTrue ? miss : hit);
        return true;
    }

    /**
     * Membership in three or more literals with distinct hash codes, with one {@code equals}
     * ({@link OneEqualsSwitch}): the hash picks the one literal the value can equal.
     */
    private void oneEquals(TreeMap<Integer, String> byHash, Label target, boolean whenTrue, Label miss) {
        int[] hashes = byHash.keySet().stream().mapToInt(Integer::intValue).toArray();
        OneEqualsSwitch.emit(mg, leftText, hashes, byHash::get, this::pushString, whenTrue ? miss : target);
        mg.ifZCmp(whenTrue ? GeneratorAdapter.NE : GeneratorAdapter.EQ, target);
        if (whenTrue) {
            mg.mark(miss);
        }
    }

    private boolean isMissing(Term term) {
        return term instanceof Term.Field f && !type.carries(f.operand());
    }

    private static int literalOrder(Term left, Term right) {
        if (left instanceof Term.Text l) {
            return l.value().compareTo(((Term.Text) right).value());
        }
        return ((Term.Number) left).value().compareTo(((Term.Number) right).value());
    }

    private void text(Operand operand, Term right, Comparator op, Label target, boolean whenTrue, Label miss) {
        leftText = loadTextOrMiss(operand, leftText, miss);
        if (right instanceof Term.Text literal && !op.isOrdering()) {
            pushString(literal.value());
            mg.loadLocal(leftText);
            mg.invokeVirtual(STRING, Method.getMethod("boolean equals(Object)"));
            boolean jumpOnEqual = (op == Comparator.EQ) == whenTrue;
            mg.ifZCmp(jumpOnEqual ? GeneratorAdapter.NE : GeneratorAdapter.EQ, target);
            return;
        }
        if (right instanceof Term.Field other) {
            rightText = loadTextOrMiss(other.operand(), rightText, miss);
            mg.loadLocal(leftText);
            mg.loadLocal(rightText);
        } else {
            mg.loadLocal(leftText);
            pushString(((Term.Text) right).value());
        }
        mg.invokeVirtual(STRING, Method.getMethod("int compareTo(String)"));
        test(op, target, whenTrue);
    }

    /** Reads a text operand into a scratch local (reused: comparisons never nest) and branches to miss on null. */
    private int loadTextOrMiss(Operand operand, int local, Label miss) {
        int slot = local >= 0 ? local : mg.newLocal(STRING);
        mg.loadArg(eventArg);
        mg.invokeVirtual(OperandAccess.EVENT, OperandAccess.text(operand));
        mg.storeLocal(slot);
        mg.loadLocal(slot);
        mg.ifNull(miss);
        return slot;
    }

    private void fieldNumbers(Operand left, Operand right, Comparator op, Label target, boolean whenTrue, Label miss) {
        requirePresent(left, miss);
        requirePresent(right, miss);
        if (left.isDerived() == right.isDerived()) {
            // Two plain values, or two Pcts over the same capacity: the workloads decide.
            readNumerator(left);
            readNumerator(right);
            mg.visitInsn(Opcodes.LCMP);
        } else if (left.isDerived()) {
            readNumerator(left); // 100 w / c against v: sign(w*100 - v*c)
            pushLong(100);
            readNumerator(right);
            readCapacity();
            mg.invokeStatic(self, CMP128);
        } else {
            readNumerator(left); // v against 100 w / c: sign(v*c - w*100)
            readCapacity();
            readNumerator(right);
            pushLong(100);
            mg.invokeStatic(self, CMP128);
        }
        test(op, target, whenTrue);
    }

    /** From here on, {@code operands} are present: their presence is not tested again. */
    void assumePresent(Set<Operand> operands) {
        knownPresent = Set.copyOf(operands);
    }

    private void requirePresent(Operand operand, Label miss) {
        if (knownPresent.contains(operand)) {
            return;
        }
        mg.loadArg(eventArg);
        mg.invokeVirtual(OperandAccess.EVENT, OperandAccess.presence(operand));
        mg.ifZCmp(GeneratorAdapter.EQ, miss);
    }

    private void readNumerator(Operand operand) {
        mg.loadArg(eventArg);
        mg.invokeVirtual(OperandAccess.EVENT, OperandAccess.numerator(operand));
    }

    private void readCapacity() {
        mg.loadArg(eventArg);
        mg.invokeVirtual(OperandAccess.EVENT, OperandAccess.capacity());
    }

    private void literalNumber(Operand operand, Rational t, Comparator op, Label target, boolean whenTrue) {
        if (!operand.isDerived()) {
            if (t.isInteger()) {
                if (!ExactNumbers.fitsLong(t.numerator())) {
                    constant(op.test(-t.numerator().signum()), target, whenTrue);
                    return;
                }
                readNumerator(operand);
                pushLong(t.numerator().longValue());
                mg.visitInsn(Opcodes.LCMP);
                test(op, target, whenTrue);
                return;
            }
            // A whole value never equals a fraction: x > t exactly when x > floor(t).
            BigInteger floor = ExactNumbers.floor(t);
            if (floor.signum() < 0 || !ExactNumbers.fitsLong(floor)) {
                constant(op.test(floor.signum() < 0 ? 1 : -1), target, whenTrue);
                return;
            }
            if (op == Comparator.EQ || op == Comparator.NE) {
                constant(op == Comparator.NE, target, whenTrue);
                return;
            }
            readNumerator(operand);
            pushLong(floor.longValue());
            mg.visitInsn(Opcodes.LCMP);
            test(op == Comparator.GT || op == Comparator.GE ? Comparator.GT : Comparator.LE, target, whenTrue);
            return;
        }
        Rational r = ExactNumbers.perCapacity(t);
        int decided = ExactNumbers.decidedSign(r);
        if (decided != 0) {
            constant(op.test(decided), target, whenTrue);
            return;
        }
        readNumerator(operand);
        if (r.numerator().equals(r.denominator())) {
            readCapacity(); // Pct against 100: w against c, what a programmer writes
            mg.visitInsn(Opcodes.LCMP);
        } else if (ExactNumbers.fitsLongFraction(r)) {
            pushLong(r.denominator().longValue());
            pushLong(r.numerator().longValue());
            readCapacity();
            mg.invokeStatic(self, CMP128); // sign(w*den - num*c) = sign(w/c - num/den)
        } else {
            readCapacity();
            pushBig(r.numerator());
            pushBig(r.denominator());
            mg.invokeStatic(self, CMP_BIG);
        }
        test(op, target, whenTrue);
    }

    /** With a three-way sign on the stack: branch when {@code op} holds for it iff whenTrue. */
    private void test(Comparator op, Label target, boolean whenTrue) {
        mg.ifZCmp(mode(whenTrue ? op : op.negated()), target);
    }

    private void constant(boolean holds, Label target, boolean whenTrue) {
        if (holds == whenTrue) {
            mg.goTo(target);
        }
    }

    private static int mode(Comparator op) {
        return switch (op) {
            case EQ -> GeneratorAdapter.EQ;
            case NE -> GeneratorAdapter.NE;
            case GT -> GeneratorAdapter.GT;
            case GE -> GeneratorAdapter.GE;
            case LT -> GeneratorAdapter.LT;
            case LE -> GeneratorAdapter.LE;
        };
    }

    private void pushString(String value) {
        if (ldcStrings) {
            mg.push(value);
            return;
        }
        mg.getStatic(self, ConstantTables.STRINGS_FIELD, Type.getType(String[].class));
        mg.push(constants.stringIndex(value));
        mg.arrayLoad(STRING);
    }

    /** Small longs inline (no constant pool entry); others from the long table. */
    private void pushLong(long value) {
        if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            mg.push((int) value);
            mg.cast(Type.INT_TYPE, Type.LONG_TYPE);
        } else {
            mg.getStatic(self, ConstantTables.LONGS_FIELD, Type.getType(long[].class));
            mg.push(constants.longIndex(value));
            mg.arrayLoad(Type.LONG_TYPE);
        }
    }

    private void pushBig(BigInteger value) {
        mg.getStatic(self, ConstantTables.BIGS_FIELD, Type.getType(BigInteger[].class));
        mg.push(constants.bigIndex(value));
        mg.arrayLoad(Type.getType(BigInteger.class));
    }
}
