package dev.presync.compiler.adapter;

import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.EventType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code presync export}'s work: each rule the adapter can express (a single comparison) becomes an
 * {@code AC_PresenceSyncRule} record; each it cannot is named with the reason. A logout rule
 * without a condition is exported with the one criterion the adapter fires logout rules on,
 * {@code Salesforce Agent New State Equal to Static Value Offline}, which means the same.
 */
public final class RuleExporter {
    /** A rule left out, and why. */
    public record Refusal(CheckedRule rule, String reason) {
    }

    /** The records, in rule order, and the rules left out. */
    public record Result(List<Map<AdapterField, String>> records, List<Refusal> refusals) {
        public Result {
            records = List.copyOf(records);
            refusals = List.copyOf(refusals);
        }
    }

    private RuleExporter() {
    }

    public static Result export(CheckedRuleSet ruleSet) {
        List<Map<AdapterField, String>> records = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        for (CheckedRule rule : ruleSet.rules()) {
            Condition.Compare compare = comparison(rule);
            if (compare == null) {
                refusals.add(new Refusal(rule, rule.condition() instanceof Condition.Always
                        ? "it has no condition, and the adapter needs one comparison"
                        : "the adapter compares once, and its condition is " + rule.condition()));
                continue;
            }
            if (compare.left() instanceof Term.Text a && compare.right() instanceof Term.Text b
                    && RuleTextWriter.isNumber(a.value()) && RuleTextWriter.isNumber(b.value())) {
                refusals.add(new Refusal(rule, "it compares two texts that look like numbers, '" + a.value() + "' and '"
                        + b.value() + "', and the adapter's static values would come back as numbers"));
                continue;
            }
            Map<AdapterField, String> r = new EnumMap<>(AdapterField.class);
            boolean named = !rule.label().equals(ruleSet.sourceName() + ":" + rule.line());
            r.put(AdapterField.NAME, named ? rule.label() : "");
            r.put(AdapterField.SOURCE, AdapterLabels.label(rule.event()));
            side(compare.left(), r, AdapterField.OPERAND_A, AdapterField.OPERAND_A_VALUE);
            r.put(AdapterField.COMPARATOR, AdapterLabels.label(compare.op()));
            side(compare.right(), r, AdapterField.OPERAND_B, AdapterField.OPERAND_B_VALUE);
            r.put(AdapterField.DESTINATION, AdapterLabels.label(rule.destination()));
            r.put(AdapterField.VALUE, rule.state());
            r.put(AdapterField.ACTIVE, Boolean.toString(rule.active()));
            records.add(r);
        }
        return new Result(records, refusals);
    }

    private static Condition.Compare comparison(CheckedRule rule) {
        if (rule.condition() instanceof Condition.Compare c) {
            return c;
        }
        if (rule.condition() instanceof Condition.Always && rule.event() == EventType.SALESFORCE_AGENT_LOGOUT) {
            return new Condition.Compare(new Term.Field(dev.presync.runtime.Operand.SALESFORCE_NEW_STATE),
                    dev.presync.compiler.ast.Comparator.EQ, new Term.Text(EventType.LOGOUT_STATE));
        }
        return null;
    }

    private static void side(Term term, Map<AdapterField, String> r, AdapterField operand, AdapterField value) {
        if (term instanceof Term.Field f) {
            r.put(operand, AdapterLabels.label(f.operand()));
            r.put(value, "");
        } else if (term instanceof Term.Text t) {
            r.put(operand, AdapterLabels.STATIC_VALUE);
            r.put(value, t.value());
        } else {
            r.put(operand, AdapterLabels.STATIC_VALUE);
            r.put(value, ((Term.Number) term).value().toString());
        }
    }
}
