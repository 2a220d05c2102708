package dev.presync.compiler.lint;

import dev.presync.compiler.decide.Decider;
import dev.presync.compiler.decide.Decision;
import dev.presync.runtime.EventType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code never-fires} and {@code always-fires}: a rule's condition decided against every event of
 * its type. A logout rule that always holds is what the checker asks for ({@code
 * SalesforceNewState == 'Offline'}), so it is not a finding.
 */
final class DeadRules {
    private DeadRules() {
    }

    /** Reports both findings; returns the rules that never fire, which other findings skip. */
    static Set<LintedRule> check(List<LintedRule> rules, Decider decider, Findings findings) {
        Set<LintedRule> dead = new HashSet<>();
        for (LintedRule r : rules) {
            if (r.decl().condition() == null) {
                continue;
            }
            EventType event = r.rule().event();
            Decision d = decider.satisfiable(event, r.rule().condition());
            if (d instanceof Decision.Contradiction c) {
                dead.add(r);
                findings.add(LintId.NEVER_FIRES, r.span(), r.describe() + " never fires: no " + event.spelling()
                        + " satisfies " + Witnesses.contradiction(c.comparisons()), null);
            } else if (event != EventType.SALESFORCE_AGENT_LOGOUT
                    && decider.valid(event, r.rule().condition()) instanceof Decision.Contradiction) {
                findings.add(LintId.ALWAYS_FIRES, r.span(), r.describe() + " fires on every " + event.spelling()
                        + ": its condition holds whatever the event's values are",
                        "drop the 'when' clause to say so, or narrow the condition");
            }
        }
        return dead;
    }
}
