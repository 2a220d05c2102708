package dev.presync.compiler.decide;

/**
 * A bound on the work of one question. The procedure is exact, but a condition of tens of
 * thousands of comparisons could take long to decide; past the bound the answer is
 * {@link Decision.Undecided}, which every caller treats as "no finding".
 */
final class Budget {
    /** Enough for every rule a person writes; a 2.5 MB generated rule runs out quickly instead. */
    static final long DEFAULT = 2_000_000;

    private long left;

    Budget(long units) {
        this.left = units;
    }

    /** Spends {@code units}; throws {@link Exhausted} once the bound is passed. */
    void spend(long units) {
        left -= units;
        if (left < 0) {
            throw new Exhausted();
        }
    }

    /** Unwinds the search when the budget is spent; caught by {@link Decider}. */
    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super("search budget spent", null, false, false);
        }
    }
}
