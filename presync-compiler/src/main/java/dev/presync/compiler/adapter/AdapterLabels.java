package dev.presync.compiler.adapter;

import dev.presync.compiler.ast.Comparator;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The adapter's picklist labels as its documentation spells them ("Connect Agent State Change",
 * "Equal to", "Static Value", "Salesforce Agent State"…), both ways. Reading also accepts the
 * language's own names and the comparator symbols, compared as {@link AdapterField#key} does.
 */
final class AdapterLabels {
    static final String STATIC_VALUE = "Static Value";

    private static final Map<EventType, String> SOURCES = Map.of(
            EventType.CONNECT_AGENT_STATE_CHANGE, "Connect Agent State Change",
            EventType.SALESFORCE_AGENT_STATE_CHANGE, "Salesforce Agent State Change",
            EventType.SALESFORCE_AGENT_LOGOUT, "Salesforce Agent Logout",
            EventType.SALESFORCE_WORK_ACCEPTED, "Salesforce Work Accepted",
            EventType.SALESFORCE_WORKLOAD_CHANGED, "Salesforce Workload Changed");
    private static final Map<Operand, String> OPERANDS = Map.of(
            Operand.CONNECT_NEW_STATE, "Connect Agent New State",
            Operand.CONNECT_OLD_STATE, "Connect Agent Old State",
            Operand.SALESFORCE_NEW_STATE, "Salesforce Agent New State",
            Operand.SALESFORCE_SERVICE_CHANNEL, "Salesforce Service Channel",
            Operand.SALESFORCE_PREVIOUS_WORKLOAD, "Salesforce Previous Workload",
            Operand.SALESFORCE_PREVIOUS_WORKLOAD_PCT, "Salesforce Previous Workload Pct",
            Operand.SALESFORCE_NEW_WORKLOAD, "Salesforce New Workload",
            Operand.SALESFORCE_NEW_WORKLOAD_PCT, "Salesforce New Workload Pct",
            Operand.SALESFORCE_CONFIGURED_CAPACITY, "Salesforce Configured Capacity");
    private static final Map<Comparator, String> COMPARATORS = Map.of(
            Comparator.EQ, "Equal to",
            Comparator.NE, "Not equal to",
            Comparator.GT, "Greater than",
            Comparator.GE, "Greater than or equal to",
            Comparator.LT, "Less than",
            Comparator.LE, "Less than or equal to");
    private static final Map<Destination, String> DESTINATIONS = Map.of(
            Destination.SALESFORCE, "Salesforce Agent State",
            Destination.CONNECT, "Connect Agent State");

    private static final Map<String, EventType> SOURCE_BY_KEY = new HashMap<>();
    private static final Map<String, Operand> OPERAND_BY_KEY = new HashMap<>();
    private static final Map<String, Comparator> COMPARATOR_BY_KEY = new HashMap<>();
    private static final Map<String, Destination> DESTINATION_BY_KEY = new HashMap<>();

    static {
        SOURCES.forEach((t, label) -> {
            SOURCE_BY_KEY.put(AdapterField.key(label), t);
            SOURCE_BY_KEY.put(AdapterField.key(t.spelling()), t);
        });
        OPERANDS.forEach((o, label) -> {
            OPERAND_BY_KEY.put(AdapterField.key(label), o);
            OPERAND_BY_KEY.put(AdapterField.key(o.spelling()), o);
        });
        COMPARATORS.forEach((c, label) -> {
            COMPARATOR_BY_KEY.put(AdapterField.key(label), c);
            COMPARATOR_BY_KEY.put(c.symbol(), c);
        });
        COMPARATOR_BY_KEY.put("=", Comparator.EQ);
        COMPARATOR_BY_KEY.put("<>", Comparator.NE);
        DESTINATIONS.forEach((d, label) -> {
            DESTINATION_BY_KEY.put(AdapterField.key(label), d);
            DESTINATION_BY_KEY.put(AdapterField.key(d.spelling()), d);
        });
    }

    private AdapterLabels() {
    }

    static EventType source(String label) {
        return SOURCE_BY_KEY.get(AdapterField.key(label));
    }

    /** The operand a label names, or null; {@link #isStatic} tells Static Value apart. */
    static Operand operand(String label) {
        return OPERAND_BY_KEY.get(AdapterField.key(label));
    }

    static boolean isStatic(String label) {
        return AdapterField.key(label).equals(AdapterField.key(STATIC_VALUE));
    }

    static Comparator comparator(String label) {
        return COMPARATOR_BY_KEY.get(AdapterField.key(label));
    }

    static Destination destination(String label) {
        return DESTINATION_BY_KEY.get(AdapterField.key(label));
    }

    static String label(EventType t) {
        return SOURCES.get(t);
    }

    static String label(Operand o) {
        return OPERANDS.get(o);
    }

    static String label(Comparator c) {
        return COMPARATORS.get(c);
    }

    static String label(Destination d) {
        return DESTINATIONS.get(d);
    }

    /** The labels a field accepts, for messages. */
    static List<String> sourceLabels() {
        return List.of(EventType.values()).stream().map(SOURCES::get).toList();
    }

    static List<String> operandLabels() {
        List<String> out = new java.util.ArrayList<>(List.of(Operand.values()).stream().map(OPERANDS::get).toList());
        out.add(STATIC_VALUE);
        return out;
    }

    static List<String> comparatorLabels() {
        return List.of(Comparator.values()).stream().map(COMPARATORS::get).toList();
    }

    static List<String> destinationLabels() {
        return List.of(Destination.values()).stream().map(DESTINATIONS::get).toList();
    }
}
