package dev.presync.compiler.lint;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.Operand;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values a condition pins operands to: a top-level {@code and} operand {@code X == 'v'}, or an
 * {@code or} of such equalities on one operand, means every event that satisfies the condition has
 * X among those values. Two rules whose pins on one operand are disjoint never fire together,
 * which lets lint skip the pair without asking the decision procedure: the same keying the
 * compiler's index uses.
 */
final class Pins {
    private Pins() {
    }

    /** Operand to the values it must take (a String or a Rational); operands not pinned are absent. */
    static Map<Operand, Set<Object>> of(Condition condition) {
        Map<Operand, Set<Object>> pins = new EnumMap<>(Operand.class);
        List<Condition> conjuncts = new ArrayList<>();
        flatten(condition, conjuncts);
        for (Condition c : conjuncts) {
            Map.Entry<Operand, Set<Object>> pin = pin(c);
            if (pin != null) {
                pins.merge(pin.getKey(), pin.getValue(), (a, b) -> {
                    Set<Object> both = new HashSet<>(a);
                    both.retainAll(b);
                    return both;
                });
            }
        }
        return pins;
    }

    private static void flatten(Condition c, List<Condition> out) {
        if (c instanceof Condition.All all) {
            all.operands().forEach(x -> flatten(x, out));
        } else {
            out.add(c);
        }
    }

    private static Map.Entry<Operand, Set<Object>> pin(Condition c) {
        List<Condition> options = c instanceof Condition.Any any ? any.operands() : List.of(c);
        Operand operand = null;
        Set<Object> values = new HashSet<>();
        for (Condition o : options) {
            if (!(o instanceof Condition.Compare cmp) || cmp.op() != Comparator.EQ) {
                return null;
            }
            Term field = cmp.left() instanceof Term.Field ? cmp.left() : cmp.right();
            Term literal = field == cmp.left() ? cmp.right() : cmp.left();
            if (!(field instanceof Term.Field f) || literal instanceof Term.Field
                    || (operand != null && operand != f.operand())) {
                return null;
            }
            operand = f.operand();
            values.add(literal instanceof Term.Text t ? t.value() : ((Term.Number) literal).value());
        }
        return operand == null ? null : Map.entry(operand, values);
    }
}
