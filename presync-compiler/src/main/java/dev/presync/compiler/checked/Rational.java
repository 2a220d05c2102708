package dev.presync.compiler.checked;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact rational number in lowest terms with a positive denominator. Literals and Pct values
 * both become rationals, so {@code 2 == 2.0} and 1 of capacity 3 is 33.333… exactly; nothing in
 * presync rounds.
 */
public record Rational(BigInteger numerator, BigInteger denominator) implements Comparable<Rational> {
    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

    public Rational {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    public static Rational of(long value) {
        return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
    }

    public static Rational of(BigDecimal value) {
        return value.scale() <= 0
                ? new Rational(value.toBigIntegerExact(), BigInteger.ONE)
                : new Rational(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    /** {@code numerator / denominator}; the denominator must be positive. */
    public static Rational of(long numerator, long denominator) {
        return new Rational(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public Rational plus(Rational other) {
        return new Rational(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Rational minus(Rational other) {
        return plus(new Rational(other.numerator.negate(), other.denominator));
    }

    public Rational dividedBy(long divisor) {
        return new Rational(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
    }

    public boolean isInteger() {
        return denominator.equals(BigInteger.ONE);
    }

    @Override
    public int compareTo(Rational other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** As a decimal when it has a finite one (e.g. {@code 50.5}), else as a fraction ({@code 100/3}). */
    @Override
    public String toString() {
        if (isInteger()) {
            return numerator.toString();
        }
        try {
            return new BigDecimal(numerator).divide(new BigDecimal(denominator)).toPlainString();
        } catch (ArithmeticException nonTerminating) {
            return numerator + "/" + denominator;
        }
    }
}
