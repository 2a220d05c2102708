package dev.presync.compiler.codegen;

import dev.presync.compiler.checked.Rational;
import java.math.BigInteger;

/**
 * Compile-time arithmetic that lets the generated code compare exactly with longs only.
 *
 * <p>Event numbers are whole and {@code 0 <= w <= Long.MAX_VALUE}. A Pct {@code 100 w / c}
 * ({@code c >= 1}) is never computed: it is compared as {@code w / c} against the literal divided
 * by 100, and {@code w / c} also lies in {@code [0, Long.MAX_VALUE]}. A literal outside that range
 * therefore decides a comparison at compile time.
 */
final class ExactNumbers {
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private ExactNumbers() {
    }

    static boolean fitsLong(BigInteger value) {
        return value.bitLength() < 64;
    }

    /** floor(numerator / denominator); the denominator is positive. */
    static BigInteger floor(Rational r) {
        BigInteger[] qr = r.numerator().divideAndRemainder(r.denominator());
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** A Pct literal {@code t} as the fraction {@code w / c} must be compared with: t / 100, in lowest terms. */
    static Rational perCapacity(Rational pct) {
        return new Rational(pct.numerator(), pct.denominator().multiply(HUNDRED));
    }

    /** True when both parts fit in long, so {@code Templates.cmp128} can compare against it. */
    static boolean fitsLongFraction(Rational r) {
        return fitsLong(r.numerator()) && fitsLong(r.denominator());
    }

    /**
     * The sign of {@code value - r} that holds for every possible value in [0, Long.MAX_VALUE]
     * (a plain number, or a Pct's {@code w / c}), or 0 when it depends on the value.
     */
    static int decidedSign(Rational r) {
        if (r.numerator().signum() < 0) {
            return 1;
        }
        if (r.compareTo(new Rational(LONG_MAX, BigInteger.ONE)) > 0) {
            return -1;
        }
        return 0;
    }
}
