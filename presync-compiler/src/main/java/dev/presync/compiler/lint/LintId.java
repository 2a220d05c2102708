package dev.presync.compiler.lint;

import dev.presync.compiler.diag.Severity;

/**
 * The findings of {@code presync lint}, with the stable ids every output format uses (the
 * diagnostic code, SARIF's {@code ruleId}), their level, and the text SARIF shows as each id's
 * description and help.
 */
public enum LintId {
    NEVER_FIRES("never-fires", Severity.WARNING,
            "The rule's condition is false for every event of its type.",
            "Fix the comparisons named in the message, mark the rule inactive, or delete it."),
    ALWAYS_FIRES("always-fires", Severity.NOTE,
            "The rule's condition holds for every event of its type.",
            "Drop the 'when' clause if the rule should fire on every event, or narrow the condition."),
    REDUNDANT("redundant", Severity.WARNING,
            "Every event that fires the rule also fires an earlier active rule with the same destination and state.",
            "Delete the rule, or merge its condition into the earlier one."),
    DUPLICATE("duplicate", Severity.WARNING,
            "The rule is identical to an earlier active rule.",
            "Delete one of the two."),
    CONFLICT("conflict", Severity.ERROR,
            "Two active rules on the same event set the same system to different statuses, and some event fires both.",
            "Make the conditions exclude each other, or acknowledge with '# presync: allow conflict -- reason' if the later"
                    + " status is meant to win."),
    SYNC_LOOP("sync-loop", Severity.ERROR,
            "Rules answer each other's changes across the two systems without ever reaching a fixpoint.",
            "Break the cycle: make one rule of it set the status the other side already has, or narrow its condition."),
    UNMAPPED_STATUS("unmapped-status", Severity.NOTE,
            "A declared status that no rule reacts to.",
            "Add a rule for it if a change to it should be synced, or acknowledge that it is deliberately left alone."),
    UNUSED_STATUS("unused-status", Severity.NOTE,
            "A declared status that no rule compares or sets.",
            "Delete the declaration if the org no longer has the status."),
    UNMATCHED_ACKNOWLEDGEMENT("unmatched-acknowledgement", Severity.WARNING,
            "A '# presync: allow ...' comment that acknowledges no finding.",
            "Delete the comment: the finding it acknowledged is gone, or it names the wrong id.");

    private final String id;
    private final Severity severity;
    private final String description;
    private final String help;

    LintId(String id, Severity severity, String description, String help) {
        this.id = id;
        this.severity = severity;
        this.description = description;
        this.help = help;
    }

    /** As written in output and in acknowledgements: {@code never-fires}. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String description() {
        return description;
    }

    public String help() {
        return help;
    }

    /** The finding with this id, or null. */
    public static LintId byId(String id) {
        for (LintId l : values()) {
            if (l.id.equals(id)) {
                return l;
            }
        }
        return null;
    }
}
