package dev.presync.compiler.props;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.Rational;
import dev.presync.compiler.interp.ConditionEvaluator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The comparator laws of the language, on present values of both kinds, and on missing ones. */
class ComparatorLawsTest {
    private static final int EXAMPLES = 2000;

    private static boolean cmp(Object a, Comparator op, Object b) {
        return ConditionEvaluator.compare(a, op, b);
    }

    private static Gen<Object> presentValues() {
        Gen<Object> texts = Values.texts().map(s -> (Object) s);
        Gen<Object> numbers = Values.decimals(true).map(d -> (Object) Rational.of(d));
        return Generate.oneOf(texts, numbers);
    }

    /** Two present values of one kind, text or number. */
    private static void forPairs(java.util.function.BiConsumer<Object, Object> law) {
        qt().withExamples(EXAMPLES).forAll(Values.texts(), Values.texts()).checkAssert(law::accept);
        qt().withExamples(EXAMPLES).forAll(Values.decimals(true), Values.decimals(true))
                .checkAssert((a, b) -> law.accept(Rational.of(a), Rational.of(b)));
    }

    @Test
    void exactlyOneOfLessEqualGreaterHolds() {
        forPairs((a, b) -> {
            int holding = (cmp(a, Comparator.LT, b) ? 1 : 0) + (cmp(a, Comparator.EQ, b) ? 1 : 0)
                    + (cmp(a, Comparator.GT, b) ? 1 : 0);
            assertEquals(1, holding, () -> a + " vs " + b);
        });
    }

    @Test
    void orEqualComparatorsAreTheirDisjunctions() {
        forPairs((a, b) -> {
            assertEquals(cmp(a, Comparator.LT, b) || cmp(a, Comparator.EQ, b), cmp(a, Comparator.LE, b), "<=");
            assertEquals(cmp(a, Comparator.GT, b) || cmp(a, Comparator.EQ, b), cmp(a, Comparator.GE, b), ">=");
        });
    }

    @Test
    void notEqualIsTheNegationOfEqual() {
        forPairs((a, b) -> assertEquals(!cmp(a, Comparator.EQ, b), cmp(a, Comparator.NE, b)));
    }

    /** Between present values; with a side missing every comparator is false, its negation too. */
    @Test
    void theNegatedComparatorHoldsExactlyWhenTheComparatorDoesNot() {
        forPairs((a, b) -> {
            for (Comparator op : Comparator.values()) {
                assertEquals(!cmp(a, op, b), cmp(a, op.negated(), b), op.symbol());
            }
        });
    }

    @Test
    void equalityIsSymmetricAndOrderingFlips() {
        forPairs((a, b) -> {
            assertEquals(cmp(a, Comparator.EQ, b), cmp(b, Comparator.EQ, a), "==");
            for (Comparator op : Comparator.values()) {
                assertEquals(cmp(a, op, b), cmp(b, op.flipped(), a), op.symbol());
            }
        });
    }

    @Test
    void everyValueEqualsItself() {
        qt().withExamples(EXAMPLES).forAll(presentValues()).checkAssert(v -> {
            assertEquals(true, cmp(v, Comparator.EQ, v));
            assertEquals(false, cmp(v, Comparator.NE, v));
        });
    }

    @Test
    void everyComparatorIsFalseWhenASideIsMissing() {
        qt().withExamples(EXAMPLES).forAll(presentValues(), Generate.enumValues(Comparator.class))
                .checkAssert((v, op) -> {
                    assertFalse(cmp(v, op, null), () -> v + " " + op.symbol() + " missing");
                    assertFalse(cmp(null, op, v), () -> "missing " + op.symbol() + " " + v);
                    assertFalse(cmp(null, op, null), () -> "missing " + op.symbol() + " missing");
                });
    }

    @Test
    void decimalComparisonsAgreeWithBigDecimal() {
        qt().withExamples(EXAMPLES)
                .forAll(Values.decimals(true), Generate.enumValues(Comparator.class), Values.decimals(true))
                .checkAssert((a, op, b) -> assertEquals(op.test(a.compareTo(b)),
                        cmp(Rational.of(a), op, Rational.of(b)), () -> a + " " + op.symbol() + " " + b));
    }

    @Test
    void stringComparisonsAreUtf16CodeUnitOrder() {
        qt().withExamples(EXAMPLES).forAll(Values.texts(), Generate.enumValues(Comparator.class), Values.texts())
                .checkAssert((a, op, b) -> assertEquals(op.test(a.compareTo(b)), cmp(a, op, b)));
    }

    @Test
    void numbersAreEqualAcrossScales() {
        qt().withExamples(EXAMPLES).forAll(Values.decimals(true), Generate.range(0, 5)).checkAssert((d, extra) -> {
            BigDecimal wider = d.setScale(d.scale() + extra);
            assertEquals(true, cmp(Rational.of(d), Comparator.EQ, Rational.of(wider)), () -> d + " == " + wider);
        });
    }
}
