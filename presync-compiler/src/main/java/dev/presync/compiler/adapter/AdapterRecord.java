package dev.presync.compiler.adapter;

import java.util.EnumMap;
import java.util.Map;

/**
 * One {@code AC_PresenceSyncRule} record as read from an export: its field values as text (a
 * field the export lacks is absent) and where it was found.
 *
 * @param row     the 1-based record number, not counting a CSV header
 * @param line    the 1-based line the record starts on
 * @param problem what makes the record unreadable as a whole (a field of the wrong type, a CSV row
 *                longer than the header), or null
 */
record AdapterRecord(int row, int line, Map<AdapterField, String> fields, String problem) {
    AdapterRecord {
        fields = fields.isEmpty() ? Map.of() : new EnumMap<>(fields);
    }

    AdapterRecord(int row, int line, Map<AdapterField, String> fields) {
        this(row, line, fields, null);
    }

    /** The field's value, trimmed; empty when absent. */
    String get(AdapterField field) {
        String v = fields.get(field);
        return v == null ? "" : v.trim();
    }

    /** The field's value exactly as exported: static values and statuses compare exactly, spaces included. */
    String raw(AdapterField field) {
        String v = fields.get(field);
        return v == null ? "" : v;
    }

    boolean has(AdapterField field) {
        return fields.containsKey(field);
    }
}
