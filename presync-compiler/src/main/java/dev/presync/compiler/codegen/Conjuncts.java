package dev.presync.compiler.codegen;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Rational;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.ValueType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The top-level conjuncts of a condition that an index can use: a rule fires only if every one
 * holds, so an index built from them may skip a rule whenever one of them is false.
 */
final class Conjuncts {
    /** {@code operand op threshold}, with the operand on the left; Pct thresholds are already divided by 100. */
    record Bound(Comparator op, Rational threshold) {
    }

    private Conjuncts() {
    }

    static List<Condition> of(Condition condition) {
        List<Condition> out = new ArrayList<>();
        flatten(condition, out);
        return out;
    }

    private static void flatten(Condition condition, List<Condition> out) {
        if (condition instanceof Condition.All all) {
            for (Condition c : all.operands()) {
                flatten(c, out);
            }
        } else {
            out.add(condition);
        }
    }

    /**
     * For each text operand the event carries: the literals of its first conjunct that is
     * {@code operand == 'literal'}, or an {@code or} of such equalities on that one operand (the
     * rule can fire only when the operand equals one of them).
     */
    static Map<Operand, SortedSet<String>> textKeys(Condition condition, EventType event) {
        Map<Operand, SortedSet<String>> keys = new EnumMap<>(Operand.class);
        for (Condition c : of(condition)) {
            TextKey key = textKey(c, event);
            if (key != null) {
                keys.putIfAbsent(key.operand(), key.literals());
            }
        }
        return keys;
    }

    /**
     * What the generated code must still test for a rule found through the text index on
     * {@code operand}: the condition without the conjunct that keyed it, since the bucket lookup
     * has already proved that one (the event's value equals one of its literals). Always when
     * nothing is left.
     */
    static Condition withoutTextKey(Condition condition, Operand operand, EventType event) {
        List<Condition> rest = new ArrayList<>(of(condition));
        for (int i = 0; i < rest.size(); i++) {
            TextKey key = textKey(rest.get(i), event);
            if (key != null && key.operand() == operand) {
                rest.remove(i);
                return rest.isEmpty() ? new Condition.Always() : rest.size() == 1 ? rest.get(0) : new Condition.All(rest);
            }
        }
        throw new IllegalArgumentException("no text key on " + operand.spelling());
    }

    private record TextKey(Operand operand, SortedSet<String> literals) {
    }

    /** The operand and literals of one conjunct that is an equality, or an {@code or} of equalities on one operand. */
    private static TextKey textKey(Condition conjunct, EventType event) {
        List<Condition> alternatives = new ArrayList<>();
        flattenAny(conjunct, alternatives);
        Operand operand = null;
        SortedSet<String> literals = new TreeSet<>();
        for (Condition alternative : alternatives) {
            Term.Text text = equalityLiteral(alternative);
            Operand o = text == null ? null : fieldSide((Condition.Compare) alternative).operand();
            if (o == null || (operand != null && o != operand)) {
                return null;
            }
            operand = o;
            literals.add(text.value());
        }
        return operand != null && event.carries(operand) ? new TextKey(operand, literals) : null;
    }

    /** The literal of {@code field == 'literal'} (either way round), or null. */
    private static Term.Text equalityLiteral(Condition c) {
        if (!(c instanceof Condition.Compare cmp) || cmp.op() != Comparator.EQ) {
            return null;
        }
        Term.Field field = fieldSide(cmp);
        Term other = field == cmp.left() ? cmp.right() : cmp.left();
        return field != null && other instanceof Term.Text text ? text : null;
    }

    private static void flattenAny(Condition condition, List<Condition> out) {
        if (condition instanceof Condition.Any any) {
            for (Condition c : any.operands()) {
                flattenAny(c, out);
            }
        } else {
            out.add(condition);
        }
    }

    /** For each number operand the event carries: every {@code operand op literal} conjunct whose literal fits an index. */
    static Map<Operand, List<Bound>> numericBounds(Condition condition, EventType event) {
        Map<Operand, List<Bound>> bounds = new EnumMap<>(Operand.class);
        for (Condition c : of(condition)) {
            OperandBound b = bound(c, event);
            if (b != null && ExactNumbers.fitsLongFraction(b.bound().threshold())) {
                bounds.computeIfAbsent(b.operand(), o -> new ArrayList<>()).add(b.bound());
            }
        }
        return bounds;
    }

    /** A bound and the operand it bounds. */
    record OperandBound(Operand operand, Bound bound) {
    }

    /** {@code c} as a bound when it is {@code operand op literal} (either way round) on a number operand the event carries; else null. */
    static OperandBound bound(Condition c, EventType event) {
        if (!(c instanceof Condition.Compare cmp)) {
            return null;
        }
        Term.Field field = fieldSide(cmp);
        Term other = field == cmp.left() ? cmp.right() : cmp.left();
        if (field == null || !(other instanceof Term.Number number)
                || field.operand().type() != ValueType.NUMBER || !event.carries(field.operand())) {
            return null;
        }
        Comparator op = field == cmp.left() ? cmp.op() : cmp.op().flipped();
        Rational t = field.operand().isDerived() ? ExactNumbers.perCapacity(number.value()) : number.value();
        return new OperandBound(field.operand(), new Bound(op, t));
    }

    /** The side that is a field when exactly one is; null otherwise. */
    private static Term.Field fieldSide(Condition.Compare cmp) {
        boolean left = cmp.left() instanceof Term.Field;
        boolean right = cmp.right() instanceof Term.Field;
        if (left == right) {
            return null;
        }
        return (Term.Field) (left ? cmp.left() : cmp.right());
    }
}
