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

    /** For each text operand the event carries: the literal of its first {@code operand == 'literal'} conjunct. */
    static Map<Operand, String> textKeys(Condition condition, EventType event) {
        Map<Operand, String> keys = new EnumMap<>(Operand.class);
        for (Condition c : of(condition)) {
            if (c instanceof Condition.Compare cmp && cmp.op() == Comparator.EQ) {
                Term.Field field = fieldSide(cmp);
                Term other = field == cmp.left() ? cmp.right() : cmp.left();
                if (field != null && other instanceof Term.Text text && event.carries(field.operand())) {
                    keys.putIfAbsent(field.operand(), text.value());
                }
            }
        }
        return keys;
    }

    /** For each number operand the event carries: every {@code operand op literal} conjunct whose literal fits an index. */
    static Map<Operand, List<Bound>> numericBounds(Condition condition, EventType event) {
        Map<Operand, List<Bound>> bounds = new EnumMap<>(Operand.class);
        for (Condition c : of(condition)) {
            if (!(c instanceof Condition.Compare cmp)) {
                continue;
            }
            Term.Field field = fieldSide(cmp);
            Term other = field == cmp.left() ? cmp.right() : cmp.left();
            if (field == null || !(other instanceof Term.Number number)
                    || field.operand().type() != ValueType.NUMBER || !event.carries(field.operand())) {
                continue;
            }
            Comparator op = field == cmp.left() ? cmp.op() : cmp.op().flipped();
            Rational t = field.operand().isDerived() ? ExactNumbers.perCapacity(number.value()) : number.value();
            if (ExactNumbers.fitsLongFraction(t)) {
                bounds.computeIfAbsent(field.operand(), o -> new ArrayList<>()).add(new Bound(op, t));
            }
        }
        return bounds;
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
