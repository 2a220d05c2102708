package dev.presync.compiler.adapter;

import java.util.Locale;

/**
 * The fields of the adapter's {@code AC_PresenceSyncRule} edit page. Column and key names are
 * matched ignoring case, spaces and underscores, and without a namespace prefix
 * ({@code amazonconnect__}) or the custom-field suffix {@code __c}.
 */
public enum AdapterField {
    NAME("Name"),
    SOURCE("Source"),
    OPERAND_A("Operand A"),
    OPERAND_A_VALUE("Operand A Value"),
    COMPARATOR("Comparator"),
    OPERAND_B("Operand B"),
    OPERAND_B_VALUE("Operand B Value"),
    DESTINATION("Destination"),
    VALUE("Value"),
    ACTIVE("Active");

    private final String label;

    AdapterField(String label) {
        this.label = label;
    }

    /** The label as the edit page shows it, and as export writes it. */
    public String label() {
        return label;
    }

    /** The field a column or key names, or null (e.g. Id, CreatedDate: ignored). */
    static AdapterField byColumn(String column) {
        String s = column.trim();
        if (s.toLowerCase(Locale.ROOT).endsWith("__c")) {
            s = s.substring(0, s.length() - 3);
        }
        int namespace = s.lastIndexOf("__");
        if (namespace >= 0) {
            s = s.substring(namespace + 2);
        }
        String key = key(s);
        AdapterField f = byKey(key);
        if (f == null && key.startsWith("ac")) {
            f = byKey(key.substring(2)); // AC_Operand_A__c and the like
        }
        return f;
    }

    private static AdapterField byKey(String key) {
        for (AdapterField f : values()) {
            if (key(f.label).equals(key)) {
                return f;
            }
        }
        return null;
    }

    /** Lower case without spaces, underscores or hyphens: how labels and names are compared. */
    static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
