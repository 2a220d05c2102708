package dev.presync.flink.job;

/**
 * What the keyed operator says for one command: sent (to be made in Connect or Salesforce), skipped
 * by the engine (the target already has the status), or an oscillation stopped. {@code json} is
 * the line {@code presync replay} prints for it (empty for a skipped one). A POJO for Flink.
 */
public class EmittedCommand {
    public enum Kind { SENT, SKIPPED, OSCILLATION }

    public Kind kind;
    public String agent;
    /** {@code Connect} or {@code Salesforce}; for an oscillation, the destination of the command stopped. */
    public String destination;
    public String state;
    public String rule;
    public long ruleSetVersion;
    /** Unique and the same in every run: the causing input line and the command's place among its commands. */
    public String id;
    /** The causing event's time, in epoch milliseconds. */
    public long time;
    public String json;
    /** Why the engine skipped it; empty otherwise. */
    public String detail = "";

    public EmittedCommand() {
    }
}
