package dev.presync.compiler.props;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of the values rules compare: strings of any Unicode, exact decimals, workloads. */
final class Values {
    private Values() {
    }

    /** Any Unicode, mixed with strings over a tiny alphabet so that equal values come up often. */
    static Gen<String> texts() {
        return strings().allPossible().ofLengthBetween(0, 12)
                .mix(strings().betweenCodePoints('a', 'c').ofLengthBetween(0, 3), 50)
                .mix(strings().betweenCodePoints(0x1F600, 0x1F602).ofLengthBetween(0, 3), 20);
    }

    /**
     * Decimals with 0 to 3 digits after the point, small so that equal values at different scales
     * ({@code 2} and {@code 2.0}) come up often; {@code negative} allows values below zero.
     */
    static Gen<BigDecimal> decimals(boolean negative) {
        Gen<Integer> unscaled = negative ? integers().between(-2000, 2000) : integers().between(0, 20000);
        return unscaled.zip(integers().between(0, 3), (u, scale) -> BigDecimal.valueOf(u, scale));
    }

    /**
     * Literals for Pct comparisons: arbitrary decimals mixed with the values a small workload and
     * capacity really produce (100, 50, 33.33, 33.34, 66.67...), exact or one unit off in the last
     * digit, so that equal and nearly equal cases come up often.
     */
    static Gen<BigDecimal> pctLiterals() {
        Gen<BigDecimal> near = Generate.longRange(0, 12).zip(Generate.longRange(1, 12), integers().between(0, 3),
                integers().between(-1, 1), (w, c, scale, off) -> {
                    BigDecimal exact = BigDecimal.valueOf(100 * w).divide(BigDecimal.valueOf(c), scale, RoundingMode.HALF_UP);
                    return exact.add(BigDecimal.valueOf(off, scale)).max(BigDecimal.ZERO);
                });
        return decimals(false).mix(near, 70);
    }

    /** Workloads and capacities as Omni-Channel reports them: small whole numbers, 0 included. */
    static Gen<Long> counts() {
        return Generate.longRange(0, 12).mix(Generate.longRange(0, 1_000_000), 10);
    }
}
