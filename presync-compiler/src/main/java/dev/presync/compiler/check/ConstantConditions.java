package dev.presync.compiler.check;

import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Rational;
import dev.presync.compiler.checked.Term;
import dev.presync.compiler.interp.ConditionEvaluator;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.ValueType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds conditions whose value never depends on the event. Each operand in the condition gets a
 * small set of representative values: every literal of its type, values between and beyond the
 * numeric literals, two strings equal to none of them, and "missing". Comparisons with literals
 * and with each other can only tell these regions apart, so if the condition gives one answer on
 * every combination it gives that answer on every event. The values are a superset of what real
 * events send (negative numbers, Pct unrelated to workload), so a verdict never misfires; at worst
 * a constant condition goes unnoticed.
 */
final class ConstantConditions {
    /** Past this many combinations the analysis gives up; rules that large are rare. */
    private static final int MAX_COMBINATIONS = 4096;

    enum Verdict { ALWAYS_TRUE, NEVER_TRUE, VARIES }

    private ConstantConditions() {
    }

    static Verdict analyse(EventType event, Condition condition) {
        Set<Operand> operands = new TreeSet<>();
        Set<String> texts = new LinkedHashSet<>();
        Set<Rational> numbers = new TreeSet<>();
        if (!collect(condition, operands, texts, numbers)) {
            return Verdict.VARIES;
        }
        Map<Operand, List<Object>> domains = new EnumMap<>(Operand.class);
        long combinations = 1;
        for (Operand o : operands) {
            List<Object> domain = domain(event, o, texts, numbers);
            domains.put(o, domain);
            combinations *= domain.size();
            if (combinations > MAX_COMBINATIONS) {
                return Verdict.VARIES;
            }
        }
        return enumerate(condition, new ArrayList<>(operands), domains);
    }

    private static Verdict enumerate(Condition condition, List<Operand> operands, Map<Operand, List<Object>> domains) {
        int[] position = new int[operands.size()];
        Map<Operand, Object> values = new EnumMap<>(Operand.class);
        boolean sawTrue = false;
        boolean sawFalse = false;
        while (true) {
            for (int i = 0; i < position.length; i++) {
                values.put(operands.get(i), domains.get(operands.get(i)).get(position[i]));
            }
            if (ConditionEvaluator.holds(condition, values::get)) {
                sawTrue = true;
            } else {
                sawFalse = true;
            }
            if (sawTrue && sawFalse) {
                return Verdict.VARIES;
            }
            int i = 0;
            while (i < position.length && ++position[i] == domains.get(operands.get(i)).size()) {
                position[i++] = 0;
            }
            if (i == position.length) {
                return sawTrue ? Verdict.ALWAYS_TRUE : Verdict.NEVER_TRUE;
            }
        }
    }

    private static List<Object> domain(EventType event, Operand o, Set<String> texts, Set<Rational> numbers) {
        List<Object> domain = new ArrayList<>();
        if (event == EventType.SALESFORCE_AGENT_LOGOUT && o == Operand.SALESFORCE_NEW_STATE) {
            domain.add(EventType.LOGOUT_STATE);
            return domain;
        }
        if (o.type() == ValueType.TEXT) {
            domain.addAll(texts);
            domain.add(fresh(texts, "\u0000a"));
            domain.add(fresh(texts, "\u0000b"));
        } else {
            domain.addAll(numericRepresentatives(numbers));
        }
        domain.add(null);
        return domain;
    }

    private static String fresh(Set<String> taken, String seed) {
        String s = seed;
        while (taken.contains(s)) {
            s = s + "\u0000";
        }
        return s;
    }

    /** Each literal, two points inside each gap between literals, and two beyond each end. */
    private static List<Rational> numericRepresentatives(Set<Rational> literals) {
        List<Rational> points = new ArrayList<>(literals);
        if (points.isEmpty()) {
            points.add(Rational.ZERO);
        }
        List<Rational> reps = new ArrayList<>();
        Rational one = Rational.of(1);
        reps.add(points.get(0).minus(one).minus(one));
        reps.add(points.get(0).minus(one));
        for (int i = 0; i < points.size(); i++) {
            reps.add(points.get(i));
            if (i + 1 < points.size()) {
                Rational third = points.get(i + 1).minus(points.get(i)).dividedBy(3);
                reps.add(points.get(i).plus(third));
                reps.add(points.get(i).plus(third).plus(third));
            }
        }
        Rational last = points.get(points.size() - 1);
        reps.add(last.plus(one));
        reps.add(last.plus(one).plus(one));
        return reps;
    }

    /** Gathers operands and literals; false when the analysis does not apply (string ordering). */
    private static boolean collect(Condition c, Set<Operand> operands, Set<String> texts, Set<Rational> numbers) {
        if (c instanceof Condition.Compare compare) {
            boolean text = false;
            for (Term t : List.of(compare.left(), compare.right())) {
                if (t instanceof Term.Field f) {
                    operands.add(f.operand());
                    text |= f.operand().type() == ValueType.TEXT;
                } else if (t instanceof Term.Text s) {
                    texts.add(s.value());
                    text = true;
                } else {
                    numbers.add(((Term.Number) t).value());
                }
            }
            return !(text && compare.op().isOrdering());
        }
        List<Condition> children = c instanceof Condition.Not not ? List.of(not.operand())
                : c instanceof Condition.All all ? all.operands()
                : c instanceof Condition.Any any ? any.operands()
                : List.of();
        for (Condition child : children) {
            if (!collect(child, operands, texts, numbers)) {
                return false;
            }
        }
        return true;
    }
}
