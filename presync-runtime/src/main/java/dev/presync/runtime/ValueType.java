package dev.presync.runtime;

/** The two kinds of value an operand can hold; a comparison needs both sides of one kind. */
public enum ValueType {
    /** A status or channel name, compared exactly and case-sensitively. */
    TEXT,
    /** A whole number or an exact percentage, compared as an exact decimal. */
    NUMBER
}
