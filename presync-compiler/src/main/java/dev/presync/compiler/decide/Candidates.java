package dev.presync.compiler.decide;

import dev.presync.compiler.checked.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Finitely many values per operand that are enough to decide a conjunction of order constraints
 * exactly. Order constraints only see where a value lies relative to the constants and to the
 * other operands, so a model can be moved, order-preservingly, onto: every constant, and in each
 * gap between neighbouring constants (and beyond the last) as many distinct values as there are
 * operands of that kind, or all the gap has when it has fewer. Gaps can be small or empty: whole
 * numbers ({@code > 2 and < 3}) and strings ({@code 'a' < x < 'a\u0000'}) both have them, and
 * they are counted exactly.
 */
final class Candidates {
    private static final BigInteger MAX_LONG = BigInteger.valueOf(Long.MAX_VALUE);

    private Candidates() {
    }

    /** Candidate strings for {@code k} text operands against {@code constants}, in UTF-16 order. */
    static List<String> texts(Collection<String> constants, int k) {
        TreeSet<String> points = new TreeSet<>(constants);
        TreeSet<String> out = new TreeSet<>(points);
        if (points.isEmpty()) {
            for (int i = 0; i < k; i++) {
                out.add(String.valueOf((char) ('a' + i)));
            }
            return new ArrayList<>(out);
        }
        out.addAll(below(points.first(), k));
        String previous = null;
        for (String p : points) {
            if (previous != null) {
                out.addAll(between(previous, p, k));
            }
            previous = p;
        }
        for (int j = 1; j <= k; j++) {
            out.add(previous + "\u0000".repeat(j));
        }
        return new ArrayList<>(out);
    }

    /** Up to {@code k} strings less than {@code hi}: the empty string first, then the gap above it. */
    private static List<String> below(String hi, int k) {
        List<String> out = new ArrayList<>();
        if (hi.isEmpty()) {
            return out;
        }
        out.add("");
        out.addAll(between("", hi, k - 1));
        return out;
    }

    /** Up to {@code k} strings strictly between {@code lo < hi}, all of them when there are fewer. */
    static List<String> between(String lo, String hi, int k) {
        List<String> out = new ArrayList<>();
        if (!hi.startsWith(lo)) {
            // They differ inside lo, so lo followed by anything stays below hi.
            for (int j = 1; j <= k; j++) {
                out.add(lo + "\u0000".repeat(j));
            }
            return out;
        }
        String tail = hi.substring(lo.length());
        int firstNonNul = 0;
        while (firstNonNul < tail.length() && tail.charAt(firstNonNul) == '\u0000') {
            firstNonNul++;
        }
        if (firstNonNul == tail.length()) {
            // hi is lo followed by m NULs: only lo + 1..m-1 NULs lie between.
            for (int j = 1; j < tail.length() && j <= k; j++) {
                out.add(lo + "\u0000".repeat(j));
            }
            return out;
        }
        for (int j = 1; j <= k; j++) {
            out.add(lo + "\u0000".repeat(firstNonNul + j));
        }
        return out;
    }

    /**
     * Candidate whole numbers in 0..Long.MAX_VALUE for {@code k} such operands: every whole
     * constant in range, and up to {@code k} whole numbers in each gap and above the largest.
     */
    static List<Rational> wholes(Collection<Rational> constants, int k) {
        List<Rational> points = points(constants);
        TreeSet<Rational> out = new TreeSet<>();
        for (int i = 0; i < points.size(); i++) {
            Rational p = points.get(i);
            if (p.isInteger() && p.numerator().compareTo(MAX_LONG) <= 0) {
                out.add(p);
            }
            BigInteger next = floor(p).add(BigInteger.ONE);
            Rational limit = i + 1 < points.size() ? points.get(i + 1) : null;
            for (int j = 0; j < k; j++, next = next.add(BigInteger.ONE)) {
                Rational n = new Rational(next, BigInteger.ONE);
                if ((limit != null && n.compareTo(limit) >= 0) || next.compareTo(MAX_LONG) > 0) {
                    break;
                }
                out.add(n);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Candidate non-negative rationals for {@code k} such operands, placed so that they also
     * interleave with {@code wholes}, the candidates of the whole-number operands they may be
     * compared with: each of those, and {@code k} values inside every gap between them and above.
     */
    static List<Rational> rationals(Collection<Rational> constants, Collection<Rational> wholes, int k) {
        TreeSet<Rational> merged = new TreeSet<>(points(constants));
        merged.addAll(wholes);
        List<Rational> sorted = new ArrayList<>(merged);
        TreeSet<Rational> out = new TreeSet<>(merged);
        for (int i = 0; i < sorted.size(); i++) {
            Rational a = sorted.get(i);
            if (i + 1 < sorted.size()) {
                Rational step = sorted.get(i + 1).minus(a).dividedBy(k + 1);
                Rational x = a;
                for (int j = 0; j < k; j++) {
                    x = x.plus(step);
                    out.add(x);
                }
            } else {
                for (int j = 1; j <= k; j++) {
                    out.add(a.plus(Rational.of(j)));
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** 0 (the least value of every number operand) and the constants above it, sorted. */
    private static List<Rational> points(Collection<Rational> constants) {
        TreeSet<Rational> points = new TreeSet<>();
        points.add(Rational.ZERO);
        for (Rational c : constants) {
            if (c.compareTo(Rational.ZERO) > 0) {
                points.add(c);
            }
        }
        return new ArrayList<>(points);
    }

    private static BigInteger floor(Rational r) {
        BigInteger[] qr = r.numerator().divideAndRemainder(r.denominator());
        return r.numerator().signum() < 0 && qr[1].signum() != 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }
}
