package dev.presync.compiler;

import dev.presync.compiler.diag.Suggestions;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one set of rules for an event's values, whoever supplies them: an events line of
 * {@code presync run} or the {@code given} of a rule test. A field is an operand name with a
 * string, a whole non-negative number, or nothing (missing).
 */
public final class EventFields {
    private static final List<String> OPERAND_NAMES = Arrays.stream(Operand.values()).map(Operand::spelling).toList();
    private static final BigDecimal MAX_LONG = BigDecimal.valueOf(Long.MAX_VALUE);

    private EventFields() {
    }

    /**
     * True for values presync derives and never reads: the Pct operands, and a logout's
     * SalesforceNewState (always 'Offline').
     */
    public static boolean isDerived(EventType type, Operand operand) {
        return operand.isDerived() || (type == EventType.SALESFORCE_AGENT_LOGOUT && operand == Operand.SALESFORCE_NEW_STATE);
    }

    /**
     * The complaint about giving a derived value, or null when {@code operand} is not derived for
     * {@code type}: an events line and a rule test's {@code given} refuse them alike.
     */
    public static String derivedComplaint(EventType type, Operand operand) {
        if (operand.isDerived()) {
            Operand workload = operand == Operand.SALESFORCE_PREVIOUS_WORKLOAD_PCT
                    ? Operand.SALESFORCE_PREVIOUS_WORKLOAD : Operand.SALESFORCE_NEW_WORKLOAD;
            return operand.spelling() + " is derived from " + workload.spelling() + " and "
                    + Operand.SALESFORCE_CONFIGURED_CAPACITY.spelling() + "; give those instead";
        }
        if (isDerived(type, operand)) {
            return "a logout always has SalesforceNewState 'Offline'; give no fields";
        }
        return null;
    }

    /** The complaint about a field that names no operand (nor one of {@code otherNames}). */
    public static String unknown(String name, List<String> otherNames) {
        List<String> names = new ArrayList<>(OPERAND_NAMES);
        names.addAll(otherNames);
        return "unknown field '" + name + "'" + Suggestions.didYouMean(name, names);
    }

    /**
     * Sets a non-derived operand on the builder. {@code value} is a String, a BigDecimal, null
     * (missing), or {@code described} names what else it was, e.g. "an array".
     *
     * @return what is wrong with the field, or null when it was set
     */
    public static String set(RuleEvent.Builder builder, EventType type, Operand operand, Object value, String described) {
        return set(builder, type, operand, value, () -> described);
    }

    /**
     * As {@link #set(RuleEvent.Builder, EventType, Operand, Object, String)}, with the description
     * made only for a message: a reader of many events (presync run) then builds no text for the
     * fields that are fine.
     */
    public static String set(RuleEvent.Builder builder, EventType type, Operand operand, Object value,
                             Supplier<String> described) {
        if (!type.carries(operand)) {
            return type.spelling() + " does not carry " + operand.spelling() + "; it carries "
                    + String.join(", ", type.carries().stream().filter(o -> !o.isDerived()).map(Operand::spelling).toList());
        }
        if (value == null) {
            return null; // explicitly missing
        }
        if (operand.type() == ValueType.TEXT) {
            if (!(value instanceof String text)) {
                return operand.spelling() + " must be a string, not " + described.get();
            }
            builder.text(operand, text);
            return null;
        }
        if (!(value instanceof BigDecimal n)) {
            return operand.spelling() + " must be a whole number, not " + described.get();
        }
        if (n.signum() < 0) {
            return operand.spelling() + " cannot be negative";
        }
        if (n.stripTrailingZeros().scale() > 0) {
            return operand.spelling() + " must be a whole number, not " + described.get();
        }
        if (n.compareTo(MAX_LONG) > 0) {
            return operand.spelling() + " is too large for a workload or capacity";
        }
        builder.number(operand, n.longValueExact());
        return null;
    }
}
