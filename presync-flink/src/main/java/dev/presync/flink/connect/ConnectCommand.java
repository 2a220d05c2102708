package dev.presync.flink.connect;

import java.util.Objects;

/**
 * One agent status the job wants set in Amazon Connect, as it travels between Flink operators (a
 * POJO, so Flink serialises it without Kryo).
 *
 * <p>{@code id} names the command uniquely and the same way in every run: the input line that
 * caused it and the command's place among that line's commands, so a command emitted again after
 * a restore is recognisably the same one.
 */
public class ConnectCommand {
    public String id;
    public String agent;
    public String state;
    public String rule;
    public long ruleSetVersion;
    /** The time of the event that caused the command, in epoch milliseconds. */
    public long time;
    /** Set when the engine decided not to send it (the target already has the status); the reason. */
    public String skipped;

    public ConnectCommand() {
    }

    public ConnectCommand(String id, String agent, String state, String rule, long ruleSetVersion, long time) {
        this.id = id;
        this.agent = agent;
        this.state = state;
        this.rule = rule;
        this.ruleSetVersion = ruleSetVersion;
        this.time = time;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectCommand c && ruleSetVersion == c.ruleSetVersion && time == c.time
                && Objects.equals(id, c.id) && Objects.equals(agent, c.agent) && Objects.equals(state, c.state)
                && Objects.equals(rule, c.rule) && Objects.equals(skipped, c.skipped);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, agent, state, rule, ruleSetVersion, time, skipped);
    }

    @Override
    public String toString() {
        return id + " " + agent + " -> " + state + " (" + rule + ", v" + ruleSetVersion + ")";
    }
}
