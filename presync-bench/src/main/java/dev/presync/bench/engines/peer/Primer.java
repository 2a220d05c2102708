package dev.presync.bench.engines.peer;

import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.Operand;
import dev.presync.runtime.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Synthetic events that between them reach every comparison of one rule: each operand takes each
 * literal it is compared with, a value just past each numeric literal, and one unrelated value.
 * SpEL compiles an expression only once every node has been evaluated, so a rule whose first
 * conjunct no benchmark event satisfies would otherwise stay interpreted.
 */
final class Primer {
    private static final int MAX_EVENTS = 512;

    private Primer() {
    }

    static List<PeerEvent> events(CheckedRule rule) {
        Map<Operand, Set<Object>> values = new EnumMap<>(Operand.class);
        collect(rule.condition(), values);
        List<Map<Operand, Object>> combos = new ArrayList<>();
        combos.add(new EnumMap<>(Operand.class));
        for (Map.Entry<Operand, Set<Object>> e : values.entrySet()) {
            List<Map<Operand, Object>> next = new ArrayList<>();
            for (Map<Operand, Object> combo : combos) {
                for (Object v : e.getValue()) {
                    if (next.size() < MAX_EVENTS) {
                        Map<Operand, Object> m = new EnumMap<>(combo);
                        m.put(e.getKey(), v);
                        next.add(m);
                    }
                }
            }
            combos = next;
        }
        return combos.stream().map(m -> new PeerEvent(rule.event(), m)).toList();
    }

    private static void collect(Condition c, Map<Operand, Set<Object>> values) {
        if (c instanceof Condition.Compare cmp) {
            for (Term side : List.of(cmp.left(), cmp.right())) {
                if (side instanceof Term.Field f) {
                    Set<Object> vs = values.computeIfAbsent(f.operand(), o -> new LinkedHashSet<>());
                    if (f.operand().type() == ValueType.TEXT) {
                        vs.add("~unrelated");
                    } else {
                        vs.add(1.0);
                        vs.add(2.0);
                    }
                    Term other = side == cmp.left() ? cmp.right() : cmp.left();
                    if (other instanceof Term.Text t) {
                        vs.add(t.value());
                    } else if (other instanceof Term.Number n) {
                        double d = new BigDecimal(n.value().numerator()).divide(new BigDecimal(n.value().denominator()))
                                .doubleValue();
                        vs.add(d);
                        vs.add(d + 1);
                    }
                }
            }
        } else if (c instanceof Condition.Not not) {
            collect(not.operand(), values);
        } else if (c instanceof Condition.All all) {
            all.operands().forEach(o -> collect(o, values));
        } else if (c instanceof Condition.Any any) {
            any.operands().forEach(o -> collect(o, values));
        }
    }
}
