package dev.presync.bench.engines.peer;

/** The spelling of boolean operators, null and string literals in one expression language. */
record Dialect(String and, String or, String not, String nullLiteral, boolean doubleQuoteToEscape) {
    static final Dialect SPEL = new Dialect(" and ", " or ", "!", "null", true);
    static final Dialect C_LIKE = new Dialect(" && ", " || ", "!", "null", false);
    static final Dialect AVIATOR = new Dialect(" && ", " || ", "!", "nil", false);

    /** A single-quoted string literal. */
    String string(String value) {
        if (doubleQuoteToEscape) {
            return "'" + value.replace("'", "''") + "'";
        }
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
