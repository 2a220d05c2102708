package dev.presync.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The support code copied into generated classes, checked against BigInteger arithmetic. */
class TemplatesTest {
    private static final Gen<Long> EDGY = longs().all().mix(Generate.pick(java.util.List.of(
            0L, 1L, -1L, 100L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1,
            1L << 32, (1L << 32) - 1, 1L << 62, 3037000499L, 3037000500L)), 40);

    @Test
    void cmp128IsTheExactSignOfTheProductDifference() {
        qt().withExamples(20_000).forAll(EDGY, EDGY, EDGY, EDGY).checkAssert((a, b, c, d) -> {
            BigInteger exact = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))
                    .subtract(BigInteger.valueOf(c).multiply(BigInteger.valueOf(d)));
            assertEquals(exact.signum(), Integer.signum(Templates.cmp128(a, b, c, d)));
        });
    }

    @Test
    void poolsDeduplicateInFirstUseOrder() {
        ConstantTables tables = new ConstantTables();
        assertEquals(0, tables.stringIndex("\uD83D\uDE00"));
        assertEquals(1, tables.stringIndex(""));
        assertEquals(0, tables.stringIndex("\uD83D\uDE00"));
        assertEquals(0, tables.longIndex(Long.MIN_VALUE));
        assertEquals(1, tables.longIndex(-1));
    }
}
