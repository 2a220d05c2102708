package dev.presync.bench.engines.peer.drools;

import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.globalOf;
import static org.drools.model.DSL.on;
import static org.drools.model.DSL.or;
import static org.drools.model.PatternDSL.alphaIndexedBy;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.Action;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.ValueType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.model.Declaration;
import org.drools.model.Global;
import org.drools.model.Index;
import org.drools.model.Model;
import org.drools.model.PatternDSL.PatternDef;
import org.drools.model.Rule;
import org.drools.model.RuleItemBuilder;
import org.drools.model.view.ViewItemBuilder;
import org.drools.model.impl.ModelImpl;

/**
 * presync's rules as a Drools executable model, built with the model's Java DSL
 * ({@code PatternDSL}): no DRL, no generated source, no javac at setup.
 *
 * <p>Each rule is one pattern on its event type's fact class. A top-level {@code and} is split
 * into one constraint per conjunct, and every {@code Field == literal} conjunct carries an
 * {@code alphaIndexedBy(EQUAL)} hint, first in the pattern, so that Drools hashes the alpha
 * nodes of rules keyed on the same field (it does so from 3 siblings on) instead of testing each.
 * Of several such equalities, the one on the operand most rules of the event type are keyed on
 * comes first, so rules share the hashed node. A rule whose whole condition is an {@code or} of
 * equalities on one operand with distinct literals becomes an {@code or} of indexed patterns
 * (Drools builds one sub-rule per branch; an event's value matches one branch at most, so the
 * rule still fires once).
 *
 * <p>Constraints are named by their text with any literal moved to the right ({@link #canonical}),
 * because the name is how Drools decides that two rules' constraints are one node. That naming
 * is required for correctness, not only for sharing: Drools keeps one alpha node per hashed
 * (field, value) and silently replaces the first when a second, differently named node on the
 * same value is added, so {@code 'a' == X} beside {@code X == 'a'} lost a rule at 10,000 rules.
 *
 * <p>The alpha network compiler (ANC, {@code drools-alphanetwork-compiler}) is not used: in
 * 10.2.0 it generates one {@code switch} per object type over all hashed alpha nodes, as if they
 * were on one field, and the Connect rules here are hashed on two (ConnectNewState and
 * ConnectOldState), so its generated source fails to compile ("duplicate case label") at 1,000
 * rules; see docs/performance.md.
 *
 * <p>presync's semantics: every matching rule fires, in source order, with no chaining. The
 * consequence only appends the rule's action to a {@link Fired} global and changes no fact, so
 * nothing can re-trigger; salience is the rule's position from the end, so the agenda fires
 * matches in source order.
 */
final class DroolsRuleModel {
    static final String PACKAGE = "dev.presync.bench.drools";
    static final String GLOBAL = "fired";

    private DroolsRuleModel() {
    }

    static Model of(CheckedRuleSet rules) {
        Global<Fired> fired = globalOf(Fired.class, PACKAGE, GLOBAL);
        ModelImpl model = new ModelImpl();
        model.addGlobal(fired);
        List<CheckedRule> active = rules.activeRules();
        Map<EventType, Map<Operand, Integer>> popularity = popularity(active);
        for (int i = 0; i < active.size(); i++) {
            CheckedRule r = active.get(i);
            model.addRule(toRule(r, active.size() - i, popularity.get(r.event()), fired));
        }
        return model;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Rule toRule(CheckedRule r, int salience, Map<Operand, Integer> popularity, Global<Fired> fired) {
        Declaration<DroolsEvent> event = (Declaration) declarationOf(DroolsEvent.classOf(r.event()), "e");
        Action action = r.action();
        String prefix = r.event().spelling() + ": ";
        List<Condition> conjuncts = conjuncts(r.condition());
        RuleItemBuilder<?> when;
        List<Condition> branches = equalityBranches(r.condition());
        if (branches != null) {
            ViewItemBuilder<?>[] patterns = branches.stream()
                    .map(b -> constrained(event, prefix, List.of(b), popularity)).toArray(ViewItemBuilder[]::new);
            when = or(patterns[0], Arrays.copyOfRange(patterns, 1, patterns.length));
        } else {
            when = constrained(event, prefix, conjuncts, popularity);
        }
        return rule(PACKAGE, "r" + r.index())
                .attribute(Rule.Attribute.SALIENCE, salience)
                .build(when, on(fired).execute(f -> f.add(action)));
    }

    private static PatternDef<DroolsEvent> constrained(Declaration<DroolsEvent> event, String prefix,
                                                       List<Condition> conjuncts, Map<Operand, Integer> popularity) {
        List<Condition> ordered = new ArrayList<>(conjuncts);
        ordered.sort(java.util.Comparator.comparingInt(c -> rank(c, popularity)));
        PatternDef<DroolsEvent> p = pattern(event);
        for (Condition c : ordered) {
            String id = prefix + canonical(c);
            Condition.Compare key = indexable(c);
            if (key == null) {
                p = p.expr(id, DroolsPredicates.of(c));
            } else {
                p = p.expr(id, DroolsPredicates.of(c), index(key));
            }
        }
        return p;
    }

    /** Indexed equalities first, the operand most rules are keyed on first among them; the rest in source order. */
    private static int rank(Condition c, Map<Operand, Integer> popularity) {
        Condition.Compare key = indexable(c);
        return key == null ? Integer.MAX_VALUE : -popularity.getOrDefault(field(key), 0);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static org.drools.model.AlphaIndex<DroolsEvent, ?> index(Condition.Compare key) {
        Operand o = field(key);
        Term literal = key.left() instanceof Term.Field ? key.right() : key.left();
        if (o.type() == ValueType.TEXT) {
            return alphaIndexedBy(String.class, Index.ConstraintType.EQUAL, o.ordinal(),
                    DroolsPredicates.textGetter(o), ((Term.Text) literal).value());
        }
        long value = ((Term.Number) literal).value().numerator().longValueExact();
        return alphaIndexedBy(Long.class, Index.ConstraintType.EQUAL, o.ordinal(),
                DroolsPredicates.numberGetter(o), value);
    }

    /**
     * {@code Field == literal} on a text or supplied whole-number operand with a whole literal:
     * what Drools can hash; null otherwise (Pct, a fraction, two fields, other comparators).
     */
    static Condition.Compare indexable(Condition c) {
        if (!(c instanceof Condition.Compare cmp) || cmp.op() != Comparator.EQ) {
            return null;
        }
        Term field = cmp.left() instanceof Term.Field ? cmp.left() : cmp.right();
        Term literal = field == cmp.left() ? cmp.right() : cmp.left();
        if (!(field instanceof Term.Field f) || literal instanceof Term.Field || f.operand().isDerived()) {
            return null;
        }
        if (literal instanceof Term.Number n && !n.value().isInteger()) {
            return null;
        }
        return cmp;
    }

    /**
     * The constraint's name: its text, with a literal on the left moved to the right, so that
     * {@code 'a' == X} and {@code X == 'a'} are one alpha node. Two differently named constraints
     * indexed on the same value would otherwise both go into the object-type node's hash, and
     * Drools 10.2 then loses one of them (a rule did not fire at 10,000 rules).
     */
    private static String canonical(Condition c) {
        if (c instanceof Condition.Compare cmp && !(cmp.left() instanceof Term.Field) && cmp.right() instanceof Term.Field) {
            return new Condition.Compare(cmp.right(), cmp.op().flipped(), cmp.left()).toString();
        }
        return c.toString();
    }

    private static Operand field(Condition.Compare cmp) {
        return ((Term.Field) (cmp.left() instanceof Term.Field ? cmp.left() : cmp.right())).operand();
    }

    /** The operands of a (nested) top-level {@code and}; a rule without {@code when} has none. */
    private static List<Condition> conjuncts(Condition c) {
        List<Condition> out = new ArrayList<>();
        if (c instanceof Condition.All all) {
            all.operands().forEach(o -> out.addAll(conjuncts(o)));
        } else if (!(c instanceof Condition.Always)) {
            out.add(c);
        }
        return out;
    }

    /** The branches of an {@code or} of indexable equalities on one operand with distinct literals, else null. */
    private static List<Condition> equalityBranches(Condition c) {
        if (!(c instanceof Condition.Any any)) {
            return null;
        }
        Operand operand = null;
        Set<String> literals = new HashSet<>();
        for (Condition b : any.operands()) {
            Condition.Compare key = indexable(b);
            if (key == null || operand != null && field(key) != operand) {
                return null;
            }
            operand = field(key);
            Term literal = key.left() instanceof Term.Field ? key.right() : key.left();
            if (!literals.add(literal.toString())) {
                return null;
            }
        }
        return any.operands();
    }

    /** How many rules of each event type have an indexable equality on each operand. */
    private static Map<EventType, Map<Operand, Integer>> popularity(List<CheckedRule> rules) {
        Map<EventType, Map<Operand, Integer>> counts = new EnumMap<>(EventType.class);
        for (EventType t : EventType.values()) {
            counts.put(t, new EnumMap<>(Operand.class));
        }
        for (CheckedRule r : rules) {
            Set<Operand> keyed = new HashSet<>();
            for (Condition c : conjuncts(r.condition())) {
                Condition.Compare key = indexable(c);
                if (key != null) {
                    keyed.add(field(key));
                }
            }
            keyed.forEach(o -> counts.get(r.event()).merge(o, 1, Integer::sum));
        }
        return counts;
    }
}
