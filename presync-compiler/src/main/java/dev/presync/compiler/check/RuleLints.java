package dev.presync.compiler.check;

import dev.presync.compiler.ast.RuleDecl;
import dev.presync.compiler.ast.Span;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Evaluation;
import dev.presync.compiler.checked.Term;
import dev.presync.compiler.diag.Diagnostics;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks of a well-typed rule against how the adapter really behaves: logout rules that it would
 * never fire, conditions that never vary, and rules that echo into the system that triggered them.
 */
final class RuleLints {
    private final Diagnostics diagnostics;

    RuleLints(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void check(RuleDecl rule, EventType event, Destination destination, Condition condition) {
        Span conditionSpan = rule.condition() == null ? rule.event().span() : rule.condition().span();
        boolean logout = event == EventType.SALESFORCE_AGENT_LOGOUT;
        if (logout && !holdsOnLogout(condition)) {
            diagnostics.error(conditionSpan, "logout-never-fires",
                    "this SalesforceAgentLogout rule can never fire: the adapter fires logout rules only when "
                            + "SalesforceNewState == 'Offline', and this condition is false then",
                    logoutHint(condition));
        } else if (rule.condition() != null) {
            ConstantConditions.Verdict verdict = ConstantConditions.analyse(event, condition);
            if (verdict == ConstantConditions.Verdict.NEVER_TRUE) {
                diagnostics.warning(conditionSpan, "constant-condition",
                        "condition is never true: this rule can never fire");
            } else if (verdict == ConstantConditions.Verdict.ALWAYS_TRUE && !logout) {
                diagnostics.warning(conditionSpan, "constant-condition",
                        "condition is always true: it does not depend on the event",
                        "drop the 'when' clause if the rule should fire on every " + event.spelling());
            }
        }
        if (event.origin() == destination) {
            String system = destination.spelling();
            diagnostics.warning(rule.destination().span(), "echo-risk",
                    "rule sets the " + system + " status in response to a " + system + " event (echo risk)",
                    "the change it makes comes back as a new " + system + " event; make sure no rule answers it "
                            + "by setting the status back");
        }
    }

    private static boolean holdsOnLogout(Condition condition) {
        return Evaluation.holds(condition,
                o -> o == Operand.SALESFORCE_NEW_STATE ? EventType.LOGOUT_STATE : null);
    }

    private static String logoutHint(Condition condition) {
        List<String> texts = new ArrayList<>();
        collectTexts(condition, texts);
        for (String t : texts) {
            if (!t.equals(EventType.LOGOUT_STATE) && t.equalsIgnoreCase(EventType.LOGOUT_STATE)) {
                return "'" + t + "' is not 'Offline': comparisons are case-sensitive; write 'Offline'";
            }
        }
        return "write: when SalesforceNewState == 'Offline'";
    }

    private static void collectTexts(Condition c, List<String> out) {
        if (c instanceof Condition.Compare compare) {
            for (Term t : List.of(compare.left(), compare.right())) {
                if (t instanceof Term.Text text) {
                    out.add(text.value());
                }
            }
        } else if (c instanceof Condition.Not not) {
            collectTexts(not.operand(), out);
        } else if (c instanceof Condition.All all) {
            all.operands().forEach(x -> collectTexts(x, out));
        } else if (c instanceof Condition.Any any) {
            any.operands().forEach(x -> collectTexts(x, out));
        }
    }
}
