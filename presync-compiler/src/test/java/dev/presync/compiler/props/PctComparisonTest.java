package dev.presync.compiler.props;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Rational;
import dev.presync.compiler.checked.Term;
import dev.presync.compiler.interp.ConditionEvaluator;
import dev.presync.compiler.interp.EventValuation;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Pct operands compare as exact rationals: 100 × w ÷ c against a literal p ÷ 10^s, decided by
 * cross-multiplying BigIntegers, and false for every comparator when c is 0 or missing. Checked
 * through the real path (rule text, checker, interpreter) and through the evaluator directly.
 */
class PctComparisonTest {
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    /** The oracle: does {@code 100*w/c op literal} hold? Empty capacity means missing. */
    static boolean expected(long workload, Optional<Long> capacity, Comparator op, BigDecimal literal) {
        if (capacity.isEmpty() || capacity.get() == 0) {
            return false;
        }
        BigInteger left = HUNDRED.multiply(BigInteger.valueOf(workload)).multiply(BigInteger.TEN.pow(literal.scale()));
        BigInteger right = literal.unscaledValue().multiply(BigInteger.valueOf(capacity.get()));
        return op.test(left.compareTo(right));
    }

    private static RuleEvent event(long previous, long workload, Optional<Long> capacity) {
        RuleEvent.Builder b = RuleEvent.builder(EventType.SALESFORCE_WORKLOAD_CHANGED)
                .number(Operand.SALESFORCE_PREVIOUS_WORKLOAD, previous)
                .number(Operand.SALESFORCE_NEW_WORKLOAD, workload);
        capacity.ifPresent(c -> b.number(Operand.SALESFORCE_CONFIGURED_CAPACITY, c));
        return b.build();
    }

    @Test
    void newWorkloadPctThroughRuleText() {
        qt().withExamples(1000)
                .forAll(Values.counts(), Values.counts().toOptionals(10), Generate.enumValues(Comparator.class),
                        Values.pctLiterals())
                .checkAssert((w, c, op, literal) -> {
                    String lit = literal.toPlainString();
                    RuleEvent e = event(0, w, c);
                    boolean want = expected(w, c, op, literal);
                    assertEquals(want, OneRule.when("SalesforceWorkloadChanged",
                            "SalesforceNewWorkloadPct " + op.symbol() + " " + lit).fires(e), () -> e + " " + op.symbol() + " " + lit);
                    assertEquals(want, OneRule.when("SalesforceWorkloadChanged",
                            lit + " " + op.flipped().symbol() + " SalesforceNewWorkloadPct").fires(e), () -> "flipped " + e);
                });
    }

    @Test
    void previousWorkloadPctThroughRuleText() {
        qt().withExamples(500)
                .forAll(Values.counts(), Values.counts().toOptionals(10), Generate.enumValues(Comparator.class),
                        Values.pctLiterals())
                .checkAssert((w, c, op, literal) -> {
                    RuleEvent e = event(w, 0, c);
                    assertEquals(expected(w, c, op, literal), OneRule.when("SalesforceWorkloadChanged",
                            "SalesforcePreviousWorkloadPct " + op.symbol() + " " + literal.toPlainString()).fires(e),
                            e::toString);
                });
    }

    @Test
    void pctThroughTheEvaluatorDirectly() {
        qt().withExamples(3000)
                .forAll(Values.counts(), Values.counts().toOptionals(10), Generate.enumValues(Comparator.class),
                        Values.pctLiterals())
                .checkAssert((w, c, op, literal) -> {
                    EventValuation values = new EventValuation(event(w, w, c));
                    Condition.Compare compare = new Condition.Compare(
                            new Term.Field(Operand.SALESFORCE_NEW_WORKLOAD_PCT), op, new Term.Number(Rational.of(literal)));
                    assertEquals(expected(w, c, op, literal), ConditionEvaluator.compare(compare, values));
                    assertEquals(expected(w, c, op, literal), ConditionEvaluator.compare(
                            values.valueOf(Operand.SALESFORCE_PREVIOUS_WORKLOAD_PCT), op, Rational.of(literal)));
                });
    }

    /** Whole-number operands compare as exact decimals too, against literals of any scale. */
    @Test
    void workloadAgainstDecimalLiterals() {
        qt().withExamples(300)
                .forAll(Values.counts(), Generate.enumValues(Comparator.class), Values.decimals(false))
                .checkAssert((w, op, literal) -> {
                    boolean want = op.test(BigDecimal.valueOf(w).compareTo(literal));
                    assertEquals(want, OneRule.when("SalesforceWorkloadChanged",
                            "SalesforceNewWorkload " + op.symbol() + " " + literal.toPlainString())
                            .fires(RuleEvent.salesforceWorkloadChanged(0, w, 1)));
                });
    }
}
