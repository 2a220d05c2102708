package dev.presync.compiler.ast;

/** The adapter's six comparators. */
public enum Comparator {
    EQ("=="),
    NE("!="),
    GT(">"),
    GE(">="),
    LT("<"),
    LE("<=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** True for the four ordering comparators. */
    public boolean isOrdering() {
        return this != EQ && this != NE;
    }

    /** Applies this comparator to the sign of a three-way comparison of two present values. */
    public boolean test(int comparison) {
        return switch (this) {
            case EQ -> comparison == 0;
            case NE -> comparison != 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
        };
    }

    /** The comparator that holds exactly when this one does not, between two present values: {@code not (a < b)} is {@code a >= b}. */
    public Comparator negated() {
        return switch (this) {
            case EQ -> NE;
            case NE -> EQ;
            case GT -> LE;
            case GE -> LT;
            case LT -> GE;
            case LE -> GT;
        };
    }

    /** The comparator with its sides swapped: {@code a < b} is {@code b > a}. */
    public Comparator flipped() {
        return switch (this) {
            case EQ, NE -> this;
            case GT -> LT;
            case GE -> LE;
            case LT -> GT;
            case LE -> GE;
        };
    }
}
