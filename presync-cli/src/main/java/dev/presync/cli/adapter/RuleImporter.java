package dev.presync.cli.adapter;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code presync import}'s work: every record that converts becomes a rule, in record order, each
 * under a comment naming its row; every one that does not is listed with its row and reason.
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

    /** The export as a whole could not be read; nothing converts. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        public final int line;
        public final int column;

        Unreadable(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private RuleImporter() {
    }

    /** Converts the text of an export; {@code sourceName} goes into the file's heading comment. */
    public static Result convert(String sourceName, String exportText) throws Unreadable {
        List<AdapterRecord> records;
        try {
            records = AdapterRecords.read(exportText);
        } catch (AdapterRecords.BadFile e) {
            throw new Unreadable(e.line, e.column, e.getMessage());
        }
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
