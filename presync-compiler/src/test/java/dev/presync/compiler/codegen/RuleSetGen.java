package dev.presync.compiler.codegen;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Rational;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Random checked rule sets for the differential tests. Values come from small pools so that
 * rules and events collide often: equal hash codes ("Aa"/"BB"), non-BMP text, decimals around
 * Pct boundaries, literals beyond long, capacity 0. A share of rules starts with a key conjunct
 * on a popular operand so the hash and threshold indexes carry many rules.
 */
final class RuleSetGen {
    static final List<String> TEXTS = List.of("Available", "Busy", "Offline", "offline", "Aa", "BB", "AaAa", "BBBB",
            "AaBB", "", "é", "e\u0301", "\uD83D\uDE00", "\uD83D\uDE01", "\uFFFF", "\uD83D", "z", "Z", "Busy ");
    static final List<String> DECIMALS = List.of("0", "1", "2", "3", "0.5", "1.5", "33.33", "33.34", "50", "66.67",
            "100", "100.5", "200", "-1", "-0.5", "1000000", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "1e30", "12345678901234567890.5", "0.000000000000000000001",
            "33.333333333333333333333333", "922337203685477580700", "92233720368547758.07");
    private static final Operand[] TEXT_OPERANDS = Arrays.stream(Operand.values())
            .filter(o -> o.type() == ValueType.TEXT).toArray(Operand[]::new);
    private static final Operand[] NUMBER_OPERANDS = Arrays.stream(Operand.values())
            .filter(o -> o.type() == ValueType.NUMBER).toArray(Operand[]::new);

    private RuleSetGen() {
    }

    static Gen<CheckedRuleSet> ruleSets(int maxRules) {
        return in -> {
            int count = pick(in, 1, maxRules);
            List<CheckedRule> rules = new ArrayList<>();
            Operand popularText = TEXT_OPERANDS[pick(in, 0, TEXT_OPERANDS.length - 1)];
            Operand popularNumber = NUMBER_OPERANDS[pick(in, 0, NUMBER_OPERANDS.length - 1)];
            for (int i = 0; i < count; i++) {
                EventType event = EventType.values()[pick(in, 0, EventType.values().length - 1)];
                Condition c = condition(in, 3);
                int shape = pick(in, 0, 9);
                if (shape < 3) {
                    c = new Condition.All(List.of(compare(in, popularText, Comparator.EQ), c));
                } else if (shape < 6) {
                    Comparator op = Comparator.values()[pick(in, 0, 5)];
                    Condition key = compare(in, popularNumber, op);
                    c = shape == 5 ? key : new Condition.All(List.of(key, c));
                }
                boolean active = pick(in, 0, 9) > 0;
                rules.add(new CheckedRule(i, "rule" + i, i + 1, active, event, c,
                        pick(in, 0, 1) == 0 ? Destination.CONNECT : Destination.SALESFORCE, "S" + i));
            }
            return new CheckedRuleSet("gen.rules", rules);
        };
    }

    static Condition condition(RandomnessSource in, int depth) {
        int kind = pick(in, 0, depth <= 0 ? 1 : 5);
        switch (kind) {
            case 0, 1 -> {
                return anyCompare(in);
            }
            case 2 -> {
                return new Condition.Not(condition(in, depth - 1));
            }
            case 3, 4 -> {
                List<Condition> operands = new ArrayList<>();
                int n = pick(in, 0, 3);
                for (int i = 0; i < n; i++) {
                    operands.add(condition(in, depth - 1));
                }
                return kind == 3 ? new Condition.All(operands) : new Condition.Any(operands);
            }
            default -> {
                return new Condition.Always();
            }
        }
    }

    /** Any operand (carried by the event or not), literals on either side, both sides literal too. */
    private static Condition anyCompare(RandomnessSource in) {
        boolean isText = pick(in, 0, 1) == 0;
        Comparator op = Comparator.values()[pick(in, 0, 5)];
        return new Condition.Compare(term(in, isText), op, term(in, isText));
    }

    private static Condition compare(RandomnessSource in, Operand operand, Comparator op) {
        Term literal = literal(in, operand.type() == ValueType.TEXT);
        return pick(in, 0, 3) == 0
                ? new Condition.Compare(literal, op.flipped(), new Term.Field(operand))
                : new Condition.Compare(new Term.Field(operand), op, literal);
    }

    private static Term term(RandomnessSource in, boolean isText) {
        if (pick(in, 0, 2) == 0) {
            return literal(in, isText);
        }
        Operand[] choices = isText ? TEXT_OPERANDS : NUMBER_OPERANDS;
        return new Term.Field(choices[pick(in, 0, choices.length - 1)]);
    }

    private static Term literal(RandomnessSource in, boolean isText) {
        if (isText) {
            return new Term.Text(TEXTS.get(pick(in, 0, TEXTS.size() - 1)));
        }
        if (pick(in, 0, 9) == 0) {
            return new Term.Number(Rational.of(pick(in, 1, 300), pick(in, 1, 7))); // not a finite decimal
        }
        return new Term.Number(Rational.of(new BigDecimal(DECIMALS.get(pick(in, 0, DECIMALS.size() - 1)))));
    }

    static int pick(RandomnessSource in, int low, int high) {
        return Generate.range(low, high).generate(in);
    }
}
