package dev.presync.compiler.lint;

import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.decide.Decider;
import dev.presync.compiler.decide.Decision;
import dev.presync.compiler.diag.Diagnostic;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;
import dev.presync.runtime.RuleEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code duplicate}, {@code redundant} and {@code conflict}: questions about two active rules on
 * the same event and destination. Candidates come from a {@link PairIndex}; each remaining pair
 * is decided exactly. A conflict is reported only with a witness event, a redundancy only with a
 * proof, so an undecided pair is never reported.
 */
final class Overlaps {
    /** Earlier rules one rule is checked against for conflicts; past this the finding says so. */
    static final int MAX_CONFLICT_PARTNERS = 8;

    private Overlaps() {
    }

    static void check(List<LintedRule> rules, Set<LintedRule> dead, Decider decider, Findings findings) {
        Map<String, List<LintedRule>> groups = new LinkedHashMap<>();
        for (LintedRule r : rules) {
            if (!dead.contains(r)) {
                EventType e = r.rule().event();
                Destination d = r.rule().destination();
                groups.computeIfAbsent(e + "/" + d, k -> new ArrayList<>()).add(r);
            }
        }
        for (List<LintedRule> group : groups.values()) {
            PairIndex index = new PairIndex(group);
            for (int i = 0; i < group.size(); i++) {
                LintedRule later = group.get(i);
                boolean reported = false;
                List<LintedRule> partners = new ArrayList<>();
                RuleEvent witness = null;
                for (LintedRule earlier : index.earlierPartners(i)) {
                    if (earlier.rule().state().equals(later.rule().state())) {
                        if (!reported) {
                            reported = covered(later, earlier, decider, findings);
                        }
                    } else if (partners.size() < MAX_CONFLICT_PARTNERS) {
                        Decision d = decider.together(later.rule().event(),
                                List.of(earlier.rule().condition(), later.rule().condition()));
                        if (d instanceof Decision.Witness w) {
                            partners.add(earlier);
                            witness = witness == null ? w.event() : witness;
                        }
                    }
                }
                if (!partners.isEmpty()) {
                    conflict(later, partners, witness, findings);
                }
            }
        }
    }

    /** Reports {@code later} as a duplicate or redundant copy of {@code earlier}, once; true when it did. */
    private static boolean covered(LintedRule later, LintedRule earlier, Decider decider, Findings findings) {
        Condition a = later.rule().condition();
        Condition b = earlier.rule().condition();
        List<Diagnostic.Related> related = List.of(new Diagnostic.Related(earlier.span(),
                earlier.describe() + " sets " + earlier.target() + " first"));
        if (a.equals(b)) {
            findings.add(LintId.DUPLICATE, later.span(), later.describe() + " is a duplicate of " + earlier.describe(),
                    "delete one of the two", related);
            return true;
        }
        Decision d = decider.satisfiable(later.rule().event(), new Condition.All(List.of(a, new Condition.Not(b))));
        if (d instanceof Decision.Contradiction) {
            findings.add(LintId.REDUNDANT, later.span(), later.describe() + " is redundant: every event that fires it also fires "
                    + earlier.describe() + ", which sets " + earlier.target() + " too", "delete it, or merge it into the earlier rule",
                    related);
            return true;
        }
        return false;
    }

    /** One finding per rule: the first earlier rule it conflicts with, with a witness, and the others. */
    private static void conflict(LintedRule later, List<LintedRule> partners, RuleEvent witness, Findings findings) {
        LintedRule earlier = partners.get(0);
        String system = later.rule().destination().spelling();
        String more = partners.size() == 1 ? ""
                : "; it also conflicts with " + (partners.size() - 1) + " more earlier rule" + (partners.size() == 2 ? "" : "s")
                        + (partners.size() == MAX_CONFLICT_PARTNERS ? " (lint stops looking at " + MAX_CONFLICT_PARTNERS + ")" : "");
        List<Diagnostic.Related> related = new ArrayList<>();
        for (LintedRule p : partners) {
            related.add(new Diagnostic.Related(p.span(), p.describe() + " sets " + p.target()));
        }
        findings.add(LintId.CONFLICT, later.span(), later.describe() + " and " + earlier.describe() + " both fire on "
                        + Witnesses.event(witness) + ": " + system + " is set to '" + earlier.rule().state() + "' then '"
                        + later.rule().state() + "' and ends on '" + later.rule().state() + "' (commands are sent in source order)"
                        + more,
                "make the conditions exclude each other, or acknowledge with '# presync: allow conflict -- reason'", related);
    }
}
