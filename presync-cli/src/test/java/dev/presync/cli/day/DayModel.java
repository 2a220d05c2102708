package dev.presync.cli.day;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.presync.runtime.Action;
import dev.presync.runtime.Destination;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent account of the day: what each system shows for each agent, from the input lines
 * and the commands replay printed for them. At the end of each quiet period it checks that both
 * systems show what the rules imply for the agent's last event.
 */
final class DayModel {
    private final RuleSet rules;
    private final Map<String, Deque<Commands.Command>> commands;
    /** Per agent: [Connect status, Salesforce status]. */
    private final Map<String, String[]> world = new HashMap<>();
    private int quietChecks;
    private int applied;

    DayModel(RuleSet rules, Map<String, Deque<Commands.Command>> commands) {
        this.rules = rules;
        this.commands = commands;
    }

    void apply(DayLine line, String origin) {
        Deque<Commands.Command> caused = commands.remove(origin);
        if (line.meaning() instanceof DayLine.Bad || line.meaning() instanceof DayLine.Ignored) {
            assertEquals(null, caused, origin + " caused commands");
            return;
        }
        String[] w = world.computeIfAbsent(line.agent(), a -> new String[] {"Offline", null});
        RuleEvent event = event(line.meaning(), w);
        for (Commands.Command c : caused == null ? List.<Commands.Command>of() : caused) {
            assertEquals(line.agent(), c.agent(), origin);
            int side = c.destination().equals("Connect") ? 0 : 1;
            assertNotEquals(c.state(), w[side], origin + ": a command for the status the target already has");
            w[side] = c.state();
            applied++;
        }
        if (line.quietAfter() && event != null) {
            quietChecks++;
            List<Action> actions = rules.evaluate(event);
            for (Action a : actions) {
                String shown = w[a.destination() == Destination.CONNECT ? 0 : 1];
                String implied = lastFor(actions, a.destination());
                assertEquals(implied, shown, origin + " (" + line.agent() + "): " + a.destination().spelling()
                        + " after the quiet period");
            }
        }
    }

    /** The rule event the engine should derive, updating the world with what the line reports; null when unchanged. */
    private static RuleEvent event(DayLine.Meaning m, String[] w) {
        if (m instanceof DayLine.ConnectShows c) {
            String old = w[0];
            w[0] = c.status();
            return c.status().equals(old) ? null : RuleEvent.connectAgentStateChange(c.status(), old);
        }
        if (m instanceof DayLine.OmniStatus s) {
            w[1] = s.status();
            return RuleEvent.salesforceAgentStateChange(s.status());
        }
        if (m instanceof DayLine.OmniLogout) {
            w[1] = "Offline";
            return RuleEvent.salesforceAgentLogout();
        }
        if (m instanceof DayLine.WorkAccepted a) {
            return RuleEvent.salesforceWorkAccepted(a.channel());
        }
        DayLine.Workload l = (DayLine.Workload) m;
        return RuleEvent.salesforceWorkloadChanged(l.previous(), l.now(), l.capacity());
    }

    private static String lastFor(List<Action> actions, Destination d) {
        String last = null;
        for (Action a : actions) {
            if (a.destination() == d) {
                last = a.state();
            }
        }
        return last;
    }

    int quietChecks() {
        return quietChecks;
    }

    int commands() {
        return applied;
    }

    /** Commands whose cause was never seen. */
    int unusedCommands() {
        return commands.values().stream().mapToInt(Deque::size).sum();
    }
}
