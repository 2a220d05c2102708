package dev.presync.compiler.interp;

import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Rational;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.RuleEvent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Says why each rule fired or not for one event: the comparison that decided, with the actual
 * values. It is the one place explanations are made ({@code run --trace}, {@code replay --trace}),
 * and it decides with {@link ConditionEvaluator}, so an explanation never disagrees with a result.
 */
public final class Explainer {
    /** One rule tried: whether it fired, and why, in words. */
    public record Explanation(CheckedRule rule, boolean fired, String reason) {
    }

    private record Verdict(boolean holds, String why) {
    }

    private Explainer() {
    }

    /** Every rule of the event's type, active or not, in source order. */
    public static List<Explanation> explain(CheckedRuleSet ruleSet, RuleEvent event) {
        List<Explanation> out = new ArrayList<>();
        for (CheckedRule rule : ruleSet.rules()) {
            if (rule.event() == event.type()) {
                out.add(explain(rule, event));
            }
        }
        return out;
    }

    public static Explanation explain(CheckedRule rule, RuleEvent event) {
        if (!rule.active()) {
            return new Explanation(rule, false, "inactive");
        }
        Verdict v = verdict(rule.condition(), new EventValuation(event));
        return new Explanation(rule, v.holds(), v.why());
    }

    private static Verdict verdict(Condition condition, Valuation values) {
        if (condition instanceof Condition.Compare compare) {
            return compare(compare, values);
        }
        if (condition instanceof Condition.Not not) {
            Verdict inner = verdict(not.operand(), values);
            return new Verdict(!inner.holds(), "not: " + inner.why());
        }
        if (condition instanceof Condition.All all) {
            List<String> whys = new ArrayList<>();
            for (Condition c : all.operands()) {
                Verdict v = verdict(c, values);
                if (!v.holds()) {
                    return v; // and stops at the first false operand
                }
                whys.add(v.why());
            }
            return new Verdict(true, String.join("; and ", whys));
        }
        if (condition instanceof Condition.Any any) {
            List<String> whys = new ArrayList<>();
            for (Condition c : any.operands()) {
                Verdict v = verdict(c, values);
                if (v.holds()) {
                    return v; // or stops at the first true operand
                }
                whys.add(v.why());
            }
            return new Verdict(false, String.join("; nor ", whys));
        }
        return new Verdict(true, "no condition");
    }

    private static Verdict compare(Condition.Compare compare, Valuation values) {
        boolean holds = ConditionEvaluator.compare(compare, values);
        List<String> facts = new ArrayList<>();
        fact(compare.left(), values, facts);
        fact(compare.right(), values, facts);
        String why = compare + (holds ? " holds" : " is false");
        return new Verdict(holds, facts.isEmpty() ? why : why + " (" + String.join(", ", facts) + ")");
    }

    /** "Operand is value" for an operand side; nothing for a literal, which speaks for itself. */
    private static void fact(Term term, Valuation values, List<String> facts) {
        if (!(term instanceof Term.Field field)) {
            return;
        }
        Object value = ConditionEvaluator.value(term, values);
        String name = field.operand().spelling();
        String shown = name + " is " + show(value);
        if (!facts.contains(shown)) {
            facts.add(shown);
        }
    }

    static String show(Object value) {
        if (value == null) {
            return "missing";
        }
        if (value instanceof String s) {
            return new Term.Text(s).toString();
        }
        Rational r = (Rational) value;
        String exact = r.toString();
        if (!exact.contains("/")) {
            return exact;
        }
        BigDecimal approx = new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator()), MathContext.DECIMAL64);
        return exact + " (" + approx.setScale(4, java.math.RoundingMode.DOWN).stripTrailingZeros().toPlainString() + "…)";
    }
}
