package dev.presync.compiler.lint;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.ast.StatusDecl;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Term;
import dev.presync.compiler.decide.Decider;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * With a catalog: {@code unused-status} (declared, never compared or set by any rule) and
 * {@code unmapped-status} (no active rule reacts when an agent reaches it), both at the
 * declaration. "Reacts" is decided: some active state-change rule of that system fires on some
 * event with that new status.
 */
final class CatalogCoverage {
    private CatalogCoverage() {
    }

    static void check(List<StatusDecl> statuses, List<LintedRule> rules, Decider decider, Findings findings) {
        Set<String> used = new HashSet<>();
        for (LintedRule r : rules) {
            used.add(key(r.rule().destination(), r.rule().state()));
            texts(r.rule().condition(), r.rule().event().origin(), used);
        }
        for (StatusDecl s : statuses) {
            Destination system = Destination.bySpelling(s.system().text());
            if (system == null) {
                continue;
            }
            String name = s.name().value();
            String what = system.spelling() + " status '" + name + "'";
            if (!used.contains(key(system, name))) {
                findings.add(LintId.UNUSED_STATUS, s.span(), what + " is declared but no rule compares or sets it", null);
            } else if (!reactedTo(system, name, rules, decider)) {
                findings.add(LintId.UNMAPPED_STATUS, s.span(), "no active rule reacts when an agent's " + what
                        + " is reached: a change to it is not synced", null);
            }
        }
    }

    private static boolean reactedTo(Destination system, String name, List<LintedRule> rules, Decider decider) {
        EventType event = system == Destination.CONNECT ? EventType.CONNECT_AGENT_STATE_CHANGE
                : EventType.SALESFORCE_AGENT_STATE_CHANGE;
        Operand operand = system == Destination.CONNECT ? Operand.CONNECT_NEW_STATE : Operand.SALESFORCE_NEW_STATE;
        Condition reached = new Condition.Compare(new Term.Field(operand), Comparator.EQ, new Term.Text(name));
        for (LintedRule r : rules) {
            if (!r.rule().active() || r.rule().event() != event) {
                continue;
            }
            Map<Operand, Set<Object>> pins = Pins.of(r.rule().condition());
            Set<Object> pinned = pins.get(operand);
            if (pinned != null && !pinned.contains(name)) {
                continue;
            }
            if (decider.together(event, List.of(r.rule().condition(), reached)).isWitness()) {
                return true;
            }
        }
        return false;
    }

    private static String key(Destination system, String status) {
        return system.spelling() + "\u0000" + status;
    }

    private static void texts(Condition c, Destination system, Set<String> out) {
        if (c instanceof Condition.Compare cmp) {
            for (Term t : List.of(cmp.left(), cmp.right())) {
                if (t instanceof Term.Text text) {
                    out.add(key(system, text.value()));
                }
            }
        } else if (c instanceof Condition.Not not) {
            texts(not.operand(), system, out);
        } else if (c instanceof Condition.All all) {
            all.operands().forEach(x -> texts(x, system, out));
        } else if (c instanceof Condition.Any any) {
            any.operands().forEach(x -> texts(x, system, out));
        }
    }
}
