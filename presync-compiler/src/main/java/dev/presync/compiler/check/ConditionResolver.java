package dev.presync.compiler.check;

import dev.presync.compiler.ast.Cond;
import dev.presync.compiler.ast.Expr;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Rational;
import dev.presync.compiler.checked.Term;
import dev.presync.compiler.diag.Diagnostics;
import dev.presync.compiler.diag.Suggestions;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.ValueType;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a condition's names against the rule's event and checks the types of each comparison.
 * Every error in the condition is reported; the result is null when there was any.
 */
final class ConditionResolver {
    private final Diagnostics diagnostics;
    private final StatusNames statusNames;
    private final EventType event;
    private boolean failed;

    /** {@code event} may be null when the rule's event was unknown: then only names and types are checked. */
    ConditionResolver(Diagnostics diagnostics, StatusNames statusNames, EventType event) {
        this.diagnostics = diagnostics;
        this.statusNames = statusNames;
        this.event = event;
    }

    Condition resolve(Cond cond) {
        Condition c = condition(cond);
        return failed ? null : c;
    }

    private Condition condition(Cond cond) {
        if (cond instanceof Cond.Compare compare) {
            return compare(compare);
        }
        if (cond instanceof Cond.Not not) {
            Condition operand = condition(not.operand());
            return operand == null ? null : new Condition.Not(operand);
        }
        if (cond instanceof Cond.And and) {
            List<Condition> operands = all(and.operands());
            return operands == null ? null : new Condition.All(operands);
        }
        List<Condition> operands = all(((Cond.Or) cond).operands());
        return operands == null ? null : new Condition.Any(operands);
    }

    /** Resolves every operand, so each reports its errors; null when any failed. */
    private List<Condition> all(List<Cond> conds) {
        List<Condition> out = new ArrayList<>(conds.size());
        for (Cond c : conds) {
            out.add(condition(c));
        }
        return out.contains(null) ? null : out;
    }

    private Condition compare(Cond.Compare compare) {
        Term left = term(compare.left(), compare.right());
        Term right = term(compare.right(), compare.left());
        if (left == null || right == null) {
            return null;
        }
        if (typeOf(left) != typeOf(right)) {
            failed = true;
            diagnostics.error(compare.span(), "type-mismatch",
                    "cannot compare " + describe(left) + " with " + describe(right), typeHint(left, right));
            return null;
        }
        if (typeOf(left) == ValueType.TEXT && compare.op().isOrdering()) {
            diagnostics.warning(compare.opSpan(), "string-ordering",
                    "'" + compare.op().symbol() + "' on strings compares UTF-16 code units, not alphabetical or numeric order",
                    "'Zulu' < 'alpha' and '10' < '9' both hold; use == or != for status names");
        }
        checkAgainstCatalog(left, compare.right());
        checkAgainstCatalog(right, compare.left());
        return new Condition.Compare(left, compare.op(), right);
    }

    /** A text literal compared with a status or channel operand should name one the org has. */
    private void checkAgainstCatalog(Term operandSide, Expr literalSide) {
        if (!(operandSide instanceof Term.Field field) || !(literalSide instanceof Expr.StringLit literal)) {
            return;
        }
        switch (field.operand()) {
            case CONNECT_NEW_STATE, CONNECT_OLD_STATE ->
                    statusNames.checkStatus(Destination.CONNECT, literal.value(), literal.span());
            case SALESFORCE_NEW_STATE -> statusNames.checkStatus(Destination.SALESFORCE, literal.value(), literal.span());
            case SALESFORCE_SERVICE_CHANNEL -> statusNames.checkChannel(literal.value(), literal.span());
            default -> {
            }
        }
    }

    private Term term(Expr expr, Expr otherSide) {
        if (expr instanceof Expr.StringLit s) {
            return new Term.Text(s.value());
        }
        if (expr instanceof Expr.NumberLit n) {
            return new Term.Number(Rational.of(n.value()));
        }
        Expr.OperandRef ref = (Expr.OperandRef) expr;
        String name = ref.name().text();
        Operand operand = Operand.bySpelling(name);
        if (operand == null) {
            failed = true;
            String suggestion = Suggestions.closest(name, NameResolver.OPERAND_NAMES);
            String hint = suggestion != null ? null
                    : otherSide instanceof Expr.OperandRef
                    ? "to compare with the status " + name + ", quote it: '" + name + "'"
                    : "operands are " + String.join(", ", NameResolver.OPERAND_NAMES);
            diagnostics.error(ref.span(), "unknown-operand",
                    "unknown operand '" + name + "'" + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"),
                    hint);
            return null;
        }
        if (event != null && !event.carries(operand)) {
            failed = true;
            diagnostics.error(ref.span(), "operand-not-carried",
                    event.spelling() + " events never carry " + name + ", so this comparison can never be true",
                    event.spelling() + " carries " + carriedList(event));
            return null;
        }
        return new Term.Field(operand);
    }

    private static String carriedList(EventType event) {
        return String.join(", ", event.carries().stream().map(Operand::spelling).toList());
    }

    private static ValueType typeOf(Term t) {
        if (t instanceof Term.Field f) {
            return f.operand().type();
        }
        return t instanceof Term.Text ? ValueType.TEXT : ValueType.NUMBER;
    }

    private static String describe(Term t) {
        return t + (typeOf(t) == ValueType.TEXT ? " (a string)" : " (a number)");
    }

    private static String typeHint(Term left, Term right) {
        if (!(left instanceof Term.Field) && !(right instanceof Term.Field)) {
            return "both sides are static values, so this comparison never depends on the event";
        }
        Term literal = left instanceof Term.Field ? right : left;
        if (literal instanceof Term.Text text && text.value().matches("[0-9]+(\\.[0-9]+)?")) {
            return "write the number without quotes: " + text.value();
        }
        if (literal instanceof Term.Number number) {
            return "status names are strings: write '" + number + "'";
        }
        return null;
    }
}
