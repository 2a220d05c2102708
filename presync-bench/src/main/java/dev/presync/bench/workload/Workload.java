package dev.presync.bench.workload;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.Engine;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.runtime.Action;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.ArrayList;
import java.util.List;

/**
 * One rule-set size with everything every engine is given: the rule text, presync's checked rule
 * set (which the other engines are translated from), the events, and the interpreter's answer
 * for each event, which every engine must reproduce before it is timed.
 */
public record Workload(int size, String text, CheckedRuleSet rules, RuleEvent[] events, List<List<Action>> expected) {

    public static Workload of(int size) {
        String text = RuleSets.text(size);
        Compilation compilation = PresyncCompiler.compile("rules-" + size + ".rules", text);
        if (compilation.hasErrors()) {
            throw new IllegalStateException("the " + size + "-rule set does not compile:\n" + compilation.render());
        }
        RuleEvent[] events = EventGenerator.events();
        RuleSet oracle = PresyncCompiler.load(compilation, Engine.INTERPRETED);
        List<List<Action>> expected = new ArrayList<>(events.length);
        for (RuleEvent e : events) {
            expected.add(List.copyOf(oracle.evaluate(e)));
        }
        return new Workload(size, text, compilation.ruleSet(), events, List.copyOf(expected));
    }

    /** The share of events for which two or more rules fire: each needs a fresh result list. */
    public double multiFireShare() {
        return expected.stream().filter(a -> a.size() > 1).count() / (double) events.length;
    }

    /** The mean number of actions per event: the output every engine must build. */
    public double firesPerEvent() {
        return expected.stream().mapToInt(List::size).sum() / (double) events.length;
    }
}
