package dev.presync.compiler.adapter;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.syntax.RuleNames;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.ValueType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns one adapter record into the text of one rule, or says why it cannot. It converts what
 * the record says and leaves judging it to the checker (a type mismatch, a logout rule the adapter
 * would never fire), so import shows the same diagnostics {@code check} would.
 */
final class RuleTextWriter {
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    /** A record that cannot become a rule, and why. */
    static final class Unconvertible extends Exception {
        private static final long serialVersionUID = 1L;

        Unconvertible(String message) {
            super(message);
        }
    }

    private RuleTextWriter() {
    }

    static String rule(AdapterRecord r) throws Unconvertible {
        if (r.problem() != null) {
            throw new Unconvertible(r.problem());
        }
        EventType event = pick(AdapterLabels.source(r.get(AdapterField.SOURCE)), "Source", r.get(AdapterField.SOURCE),
                String.join(", ", AdapterLabels.sourceLabels()));
        Destination destination = pick(AdapterLabels.destination(r.get(AdapterField.DESTINATION)), "Destination",
                r.get(AdapterField.DESTINATION), String.join(", ", AdapterLabels.destinationLabels()));
        String state = r.raw(AdapterField.VALUE);
        if (state.isBlank()) {
            throw new Unconvertible("Value (the status to set) is empty");
        }
        StringBuilder out = new StringBuilder();
        if (!active(r)) {
            out.append("inactive ");
        }
        String name = r.raw(AdapterField.NAME); // exactly as exported: spaces at either end are part of a name
        if (!name.isBlank()) {
            out.append("rule ").append(name(name)).append('\n').append("  ");
        }
        out.append("on ").append(event.spelling()).append('\n');
        String condition = condition(r);
        if (condition != null) {
            out.append("  when ").append(condition).append('\n');
        }
        out.append("  set ").append(destination.spelling()).append(' ').append(literal(state, "Value")).append('\n');
        return out.toString();
    }

    private static boolean active(AdapterRecord r) throws Unconvertible {
        if (!r.has(AdapterField.ACTIVE)) {
            return true;
        }
        String v = r.get(AdapterField.ACTIVE).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "1", "yes", "y", "checked" -> true;
            case "false", "0", "no", "n", "unchecked" -> false;
            default -> throw new Unconvertible("Active is '" + r.get(AdapterField.ACTIVE) + "'; expected true or false");
        };
    }

    /** The condition, or null when the record has no criteria at all. */
    private static String condition(AdapterRecord r) throws Unconvertible {
        String a = r.get(AdapterField.OPERAND_A);
        String op = r.get(AdapterField.COMPARATOR);
        String b = r.get(AdapterField.OPERAND_B);
        if (a.isEmpty() && op.isEmpty() && b.isEmpty()) {
            return null;
        }
        if (a.isEmpty() || op.isEmpty() || b.isEmpty()) {
            throw new Unconvertible("incomplete criteria: " + (a.isEmpty() ? "Operand A" : op.isEmpty() ? "Comparator" : "Operand B")
                    + " is empty (give Operand A, Comparator and Operand B, or none of them)");
        }
        Operand left = operand(a, "Operand A");
        Operand right = operand(b, "Operand B");
        Comparator comparator = pick(AdapterLabels.comparator(op), "Comparator", op,
                String.join(", ", AdapterLabels.comparatorLabels()));
        String aValue = r.raw(AdapterField.OPERAND_A_VALUE);
        String bValue = r.raw(AdapterField.OPERAND_B_VALUE);
        return side(left, aValue, right, bValue, "Operand A Value") + " " + comparator.symbol() + " "
                + side(right, bValue, left, aValue, "Operand B Value");
    }

    /** The operand a label names; null for Static Value. */
    private static Operand operand(String label, String field) throws Unconvertible {
        if (AdapterLabels.isStatic(label)) {
            return null;
        }
        return pick(AdapterLabels.operand(label), field, label, String.join(", ", AdapterLabels.operandLabels()));
    }

    /** One side: the operand's name, or the static value typed after the other side. */
    private static String side(Operand operand, String value, Operand other, String otherValue, String field)
            throws Unconvertible {
        if (operand != null) {
            return operand.spelling();
        }
        if (other != null && other.type() == ValueType.NUMBER && isNumber(value)) {
            return value.trim();
        }
        if (other == null && isNumber(value) && isNumber(otherValue)) {
            return value.trim(); // two static numbers compare as numbers: 10 < 9 is false
        }
        return literal(value, field);
    }

    /**
     * True for a static value that import writes as a number when the other side is a number or
     * another such value; export refuses two texts that both look like this, as they would not
     * come back as texts.
     */
    static boolean isNumber(String value) {
        return NUMBER.matcher(value.trim()).matches();
    }

    private static String name(String name) throws Unconvertible {
        literal(name, "Name"); // refuses line breaks and other control characters
        return RuleNames.write(name);
    }

    private static String literal(String value, String field) throws Unconvertible {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new Unconvertible(field + " holds a line break, which a rule file cannot");
        }
        // The checker refuses every other control character in a string too (bad-character), so the
        // record fails here, with its row, rather than as an error in the written file.
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new Unconvertible(String.format("%s holds the control character U+%04X, which a rule file cannot", field, (int) c));
            }
        }
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static <T> T pick(T value, String field, String given, String expected) throws Unconvertible {
        if (value == null) {
            throw new Unconvertible(given.isEmpty() ? field + " is empty; expected one of: " + expected
                    : "unknown " + field + " '" + given + "'" + dev.presync.compiler.diag.Suggestions.didYouMean(given,
                            List.of(expected.split(", "))) + "; expected one of: " + expected);
        }
        return value;
    }
}
