package dev.presync.sync;

import dev.presync.runtime.Action;
import dev.presync.runtime.RuleEvent;
import java.util.List;

/**
 * What the engine did with one source event: the rule event it derived, whether rules ran, what
 * they asked for and what became of each command. Every event accepted gets one.
 *
 * @param ruleEvent   the event rules saw or would have seen; null when {@link Kind#UNCHANGED}
 * @param actions     the actions of the rules that fired, in firing order
 * @param commands    one result per action, in the same order
 * @param oscillation the oscillation this event's chain ran into, or null
 */
public record Outcome(SourceEvent event, Kind kind, RuleEvent ruleEvent, List<Action> actions,
                      List<CommandResult> commands, Oscillation oscillation) {
    public enum Kind {
        /** Rules were evaluated. */
        EVALUATED,
        /** The change the engine itself asked for came back: state updated, no rules run. */
        ECHO,
        /** The status reported is the one the engine already had: nothing changed, no rules run. */
        UNCHANGED
    }

    public Outcome {
        actions = List.copyOf(actions);
        commands = List.copyOf(commands);
    }

    /** The commands handed to a gateway. */
    public List<Command> sent() {
        return commands.stream().filter(c -> c.status() == CommandResult.Status.SENT).map(CommandResult::command).toList();
    }
}
