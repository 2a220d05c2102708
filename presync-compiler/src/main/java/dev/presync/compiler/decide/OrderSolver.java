package dev.presync.compiler.decide;

import dev.presync.compiler.checked.Rational;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.Operand;
import dev.presync.runtime.ValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides a conjunction of order constraints between present values: text operands over all
 * strings in UTF-16 order, workloads and capacity over the whole numbers 0..Long.MAX_VALUE, Pct
 * operands over the non-negative rationals. It tries {@link Candidates} operand by operand,
 * filtering each operand's candidates by its constraints against constants first, so the search
 * only branches over the few operands an event has (at most five).
 */
final class OrderSolver {
    private final Budget budget;

    OrderSolver(Budget budget) {
        this.budget = budget;
    }

    /** Values for the operands that satisfy every literal, or null when none do. */
    Map<Operand, Object> solve(List<Literal> literals) {
        Set<String> texts = new HashSet<>();
        Set<Rational> numbers = new HashSet<>();
        Map<Operand, List<Literal>> unary = new EnumMap<>(Operand.class);
        List<Literal> binary = new ArrayList<>();
        List<Operand> operands = new ArrayList<>();
        for (Literal l : literals) {
            budget.spend(1);
            Operand a = l.leftOperand();
            Operand b = l.rightOperand();
            for (Term t : List.of(l.left(), l.right())) {
                Object c = Literal.constant(t);
                if (c instanceof String s) {
                    texts.add(s);
                } else if (c instanceof Rational r) {
                    numbers.add(r);
                }
            }
            if (a == null && b == null) {
                if (!l.holds(Literal.constant(l.left()), Literal.constant(l.right()))) {
                    return null;
                }
            } else if (a == null || b == null || a == b) {
                unary.computeIfAbsent(a != null ? a : b, o -> new ArrayList<>()).add(l);
            } else {
                binary.add(l);
            }
            for (Operand o : new Operand[] {a, b}) {
                if (o != null && !operands.contains(o)) {
                    operands.add(o);
                }
            }
        }
        Map<Operand, List<Object>> domains = domains(operands, texts, numbers, unary);
        for (List<Object> d : domains.values()) {
            if (d.isEmpty()) {
                return null;
            }
        }
        operands.sort(Comparator.comparingInt(o -> domains.get(o).size()));
        Map<Operand, Object> values = new EnumMap<>(Operand.class);
        return assign(0, operands, domains, binary, values) ? values : null;
    }

    private Map<Operand, List<Object>> domains(List<Operand> operands, Set<String> texts, Set<Rational> numbers,
                                               Map<Operand, List<Literal>> unary) {
        int kText = 0;
        int kWhole = 0;
        int kPct = 0;
        for (Operand o : operands) {
            if (o.type() == ValueType.TEXT) {
                kText++;
            } else if (o.isDerived()) {
                kPct++;
            } else {
                kWhole++;
            }
        }
        List<String> textCandidates = kText == 0 ? List.of() : Candidates.texts(texts, kText);
        List<Rational> wholeCandidates = kWhole == 0 ? List.of() : Candidates.wholes(numbers, kWhole);
        List<Rational> pctCandidates = kPct == 0 ? List.of() : Candidates.rationals(numbers, wholeCandidates, kPct);
        Map<Operand, List<Object>> domains = new EnumMap<>(Operand.class);
        for (Operand o : operands) {
            List<?> all = o.type() == ValueType.TEXT ? textCandidates : o.isDerived() ? pctCandidates : wholeCandidates;
            List<Literal> own = unary.getOrDefault(o, List.of());
            domains.put(o, filter(o, all, own));
        }
        return domains;
    }

    /**
     * The candidates that satisfy the operand's constraints against constants. Equalities,
     * exclusions and bounds are applied as such, so a rule with hundreds of {@code !=} costs one
     * pass over the candidates, not one per constraint.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Object> filter(Operand o, List<?> all, List<Literal> own) {
        Set<Object> excluded = new HashSet<>();
        Object equal = null;
        Comparable lower = null;
        boolean lowerStrict = false;
        Comparable upper = null;
        boolean upperStrict = false;
        List<Literal> other = new ArrayList<>();
        for (Literal l : own) {
            budget.spend(1);
            boolean onLeft = l.leftOperand() == o;
            Object c = Literal.constant(onLeft ? l.right() : l.left());
            if (c == null) {
                other.add(l); // the operand against itself
                continue;
            }
            switch (onLeft ? l.op() : l.op().flipped()) {
                case EQ -> {
                    if (equal != null && !equal.equals(c)) {
                        return List.of();
                    }
                    equal = c;
                }
                case NE -> excluded.add(c);
                case GT, GE -> {
                    boolean strict = (onLeft ? l.op() : l.op().flipped()) == dev.presync.compiler.ast.Comparator.GT;
                    int cmp = lower == null ? 1 : ((Comparable) c).compareTo(lower);
                    if (cmp > 0 || cmp == 0 && strict) {
                        lower = (Comparable) c;
                        lowerStrict = strict;
                    }
                }
                case LT, LE -> {
                    boolean strict = (onLeft ? l.op() : l.op().flipped()) == dev.presync.compiler.ast.Comparator.LT;
                    int cmp = upper == null ? -1 : ((Comparable) c).compareTo(upper);
                    if (cmp < 0 || cmp == 0 && strict) {
                        upper = (Comparable) c;
                        upperStrict = strict;
                    }
                }
            }
        }
        List<Object> kept = new ArrayList<>();
        for (Object v : all) {
            budget.spend(1);
            Comparable cv = (Comparable) v;
            if (equal != null && !equal.equals(v) || excluded.contains(v)) {
                continue;
            }
            if (lower != null && (cv.compareTo(lower) < 0 || lowerStrict && cv.compareTo(lower) == 0)) {
                continue;
            }
            if (upper != null && (cv.compareTo(upper) > 0 || upperStrict && cv.compareTo(upper) == 0)) {
                continue;
            }
            if (other.stream().allMatch(l -> holds(l, o, v))) {
                kept.add(v);
            }
        }
        return kept;
    }

    private boolean assign(int i, List<Operand> operands, Map<Operand, List<Object>> domains, List<Literal> binary,
                           Map<Operand, Object> values) {
        if (i == operands.size()) {
            return true;
        }
        Operand o = operands.get(i);
        for (Object v : domains.get(o)) {
            budget.spend(binary.size() + 1);
            values.put(o, v);
            if (consistent(binary, values) && assign(i + 1, operands, domains, binary, values)) {
                return true;
            }
        }
        values.remove(o);
        return false;
    }

    /** Every binary literal whose two operands have values holds. */
    private static boolean consistent(List<Literal> binary, Map<Operand, Object> values) {
        for (Literal l : binary) {
            Object a = values.get(l.leftOperand());
            Object b = values.get(l.rightOperand());
            if (a != null && b != null && !l.holds(a, b)) {
                return false;
            }
        }
        return true;
    }

    /** A literal about operand {@code o} alone, with {@code o} at value {@code v}. */
    private static boolean holds(Literal l, Operand o, Object v) {
        return l.holds(side(l.left(), o, v), side(l.right(), o, v));
    }

    private static Object side(Term t, Operand o, Object v) {
        return t instanceof Term.Field f && f.operand() == o ? v : Literal.constant(t);
    }
}
