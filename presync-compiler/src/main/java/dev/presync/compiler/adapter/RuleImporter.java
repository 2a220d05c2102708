package dev.presync.compiler.adapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adapter import as a library ({@code presync import} reads and writes the files): every record of
 * an export that converts becomes a rule, in record order, each under a comment naming its row;
 * every one that does not is listed with its row and reason. The result is rule text for the
 * checker to judge.
 */
public final class RuleImporter {
    /** A record that did not convert. */
    public record Failure(int row, int line, String name, String reason) {
    }

    /** The rule file text and the records left out. */
    public record Result(String text, int records, List<Failure> failures) {
        public Result {
            failures = List.copyOf(failures);
        }
    }

    /**
     * One record of an export read by another reader, e.g. one object of a JSON array: its scalar
     * values as text, by column or key name (matched as {@link AdapterField} says; others are
     * ignored; a null value counts as absent), and the line it starts on. {@code notText} names,
     * by key, the values that are not text at all (e.g. "an array"): a field of the form holding
     * one is reported as what it is, not as empty.
     */
    public record Exported(int line, Map<String, String> values, Map<String, String> notText) {
        public Exported {
            values = Map.copyOf(values);
            notText = Map.copyOf(notText);
        }

        public Exported(int line, Map<String, String> values) {
            this(line, values, Map.of());
        }
    }

    /** The export as a whole could not be read; nothing converts. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        public final int line;
        public final int column;

        public Unreadable(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private RuleImporter() {
    }

    /** True when {@code exportText} is a JSON array (starts with {@code [}), which the caller parses. */
    public static boolean isJsonArray(String exportText) {
        return withoutBom(exportText).stripLeading().startsWith("[");
    }

    /** Converts a CSV export; {@code sourceName} goes into the file's heading comment. */
    public static Result convertCsv(String sourceName, String exportText) throws Unreadable {
        if (withoutBom(exportText).stripLeading().startsWith("{")) {
            throw new Unreadable(1, 1, "a JSON object; an export is a JSON array of rule records, [{...}, {...}], or a CSV");
        }
        try {
            return translate(sourceName, AdapterRecords.csv(withoutBom(exportText)));
        } catch (AdapterRecords.BadFile e) {
            throw new Unreadable(e.line, e.column, e.getMessage());
        }
    }

    /** Converts the records of an export another reader parsed, in order. */
    public static Result convert(String sourceName, List<Exported> exported) {
        return translate(sourceName, AdapterRecords.fromExported(exported));
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Result translate(String sourceName, List<AdapterRecord> records) {
        StringBuilder text = new StringBuilder();
        text.append("# Imported by presync from ").append(sourceName.replace('\n', ' ')).append(" (AC_PresenceSyncRule records).\n");
        List<Failure> failures = new ArrayList<>();
        for (AdapterRecord r : records) {
            try {
                String rule = RuleTextWriter.rule(r);
                text.append('\n').append("# row ").append(r.row()).append(" (line ").append(r.line()).append(")\n").append(rule);
            } catch (RuleTextWriter.Unconvertible e) {
                failures.add(new Failure(r.row(), r.line(), r.get(AdapterField.NAME), e.getMessage()));
            }
        }
        return new Result(text.toString(), records.size(), failures);
    }
}
