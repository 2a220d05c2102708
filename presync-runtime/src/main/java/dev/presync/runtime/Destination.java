package dev.presync.runtime;

/** The system whose agent status a rule sets. */
public enum Destination {
    SALESFORCE("Salesforce"),
    CONNECT("Connect");

    private final String spelling;

    Destination(String spelling) {
        this.spelling = spelling;
    }

    /** The name as written in rule files and printed in actions. */
    public String spelling() {
        return spelling;
    }

    /** The destination spelled exactly {@code spelling}, or null. */
    public static Destination bySpelling(String spelling) {
        for (Destination d : values()) {
            if (d.spelling.equals(spelling)) {
                return d;
            }
        }
        return null;
    }
}
