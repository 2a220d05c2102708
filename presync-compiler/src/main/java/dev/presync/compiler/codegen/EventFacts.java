package dev.presync.compiler.codegen;

import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds what the event type alone decides, before a rule is indexed or emitted. An operand the
 * type never carries is missing, so every comparison with it is false; a logout's
 * SalesforceNewState is always {@link EventType#LOGOUT_STATE} ({@code RuleEvent} sets it), so it
 * is a literal. A comparison of two literals is then decided, and {@code not}, {@code and} and
 * {@code or} are simplified around the decided parts: a logout rule
 * {@code when SalesforceNewState == 'Offline'} becomes {@link Condition.Always}, the rule the
 * hand-written Java returns without a test. The result holds for exactly the events of that type
 * the original holds for (the interpreter reads the same values).
 */
final class EventFacts {
    /** The condition that never holds: an {@code or} of nothing. */
    static final Condition NEVER = new Condition.Any(List.of());

    private EventFacts() {
    }

    static boolean isNever(Condition c) {
        return c instanceof Condition.Any any && any.operands().isEmpty();
    }

    static Condition fold(Condition c, EventType type) {
        if (c instanceof Condition.Compare cmp) {
            return compare(cmp, type);
        }
        if (c instanceof Condition.Not not) {
            Condition inner = fold(not.operand(), type);
            if (inner instanceof Condition.Always) {
                return NEVER;
            }
            return isNever(inner) ? new Condition.Always() : new Condition.Not(inner);
        }
        if (c instanceof Condition.All all) {
            List<Condition> kept = new ArrayList<>();
            for (Condition operand : all.operands()) {
                Condition f = fold(operand, type);
                if (isNever(f)) {
                    return NEVER;
                }
                if (!(f instanceof Condition.Always)) {
                    kept.add(f);
                }
            }
            return kept.isEmpty() ? new Condition.Always() : kept.size() == 1 ? kept.get(0) : new Condition.All(kept);
        }
        if (c instanceof Condition.Any any) {
            List<Condition> kept = new ArrayList<>();
            for (Condition operand : any.operands()) {
                Condition f = fold(operand, type);
                if (f instanceof Condition.Always) {
                    return f;
                }
                if (!isNever(f)) {
                    kept.add(f);
                }
            }
            return kept.size() == 1 ? kept.get(0) : new Condition.Any(kept);
        }
        return c;
    }

    private static Condition compare(Condition.Compare cmp, EventType type) {
        Term left = fixed(cmp.left(), type);
        Term right = fixed(cmp.right(), type);
        if (left == null || right == null) {
            return NEVER; // a missing value makes every comparator false
        }
        if (left instanceof Term.Field || right instanceof Term.Field) {
            return left == cmp.left() && right == cmp.right() ? cmp : new Condition.Compare(left, cmp.op(), right);
        }
        int order = left instanceof Term.Text l
                ? l.value().compareTo(((Term.Text) right).value())
                : ((Term.Number) left).value().compareTo(((Term.Number) right).value());
        return cmp.op().test(order) ? new Condition.Always() : NEVER;
    }

    /** The term with what the type fixes filled in: null when the type never carries the operand. */
    private static Term fixed(Term term, EventType type) {
        if (!(term instanceof Term.Field field)) {
            return term;
        }
        if (!type.carries(field.operand())) {
            return null;
        }
        if (type == EventType.SALESFORCE_AGENT_LOGOUT && field.operand() == Operand.SALESFORCE_NEW_STATE) {
            return new Term.Text(EventType.LOGOUT_STATE);
        }
        return term;
    }
}
