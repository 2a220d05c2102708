package dev.presync.compiler.codegen;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Rational;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Terse construction of checked rule sets by hand, standing in for the parser and checker. */
final class Rules {
    private final List<CheckedRule> rules = new ArrayList<>();

    Rules add(EventType event, Condition condition, String state) {
        return add(true, event, condition, state);
    }

    Rules add(boolean active, EventType event, Condition condition, String state) {
        int index = rules.size();
        Destination to = event.origin() == Destination.CONNECT ? Destination.SALESFORCE : Destination.CONNECT;
        rules.add(new CheckedRule(index, "r" + index, index + 1, active, event, condition, to, state));
        return this;
    }

    CheckedRuleSet build() {
        return new CheckedRuleSet("test.rules", rules);
    }

    static Term field(Operand o) {
        return new Term.Field(o);
    }

    static Term text(String s) {
        return new Term.Text(s);
    }

    static Term number(String decimal) {
        return new Term.Number(Rational.of(new BigDecimal(decimal)));
    }

    static Condition cmp(Term left, Comparator op, Term right) {
        return new Condition.Compare(left, op, right);
    }

    static Condition eq(Operand o, String literal) {
        return cmp(field(o), Comparator.EQ, text(literal));
    }

    static Condition cmp(Operand o, Comparator op, String decimal) {
        return cmp(field(o), op, number(decimal));
    }

    static Condition all(Condition... operands) {
        return new Condition.All(List.of(operands));
    }

    static Condition any(Condition... operands) {
        return new Condition.Any(List.of(operands));
    }

    static Condition not(Condition operand) {
        return new Condition.Not(operand);
    }

    static Condition always() {
        return new Condition.Always();
    }
}
