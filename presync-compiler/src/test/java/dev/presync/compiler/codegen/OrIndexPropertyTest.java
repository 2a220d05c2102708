package dev.presync.compiler.codegen;

import static org.quicktheories.QuickTheory.qt;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Term;
import dev.presync.compiler.interp.Interpreter;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Rules of the shape {@code X == 'a' or X == 'b' ...} are filed under each of their literals in
 * the text index. With a small shared pool of literals, repeats ('a' or 'a'), nested ors, both
 * operand orders and an extra conjunct, the compiled code must still fire each rule at most once
 * and agree with the interpreter.
 */
class OrIndexPropertyTest {
    private static final List<String> POOL = List.of("Lunch", "Break", "Aa", "BB", "", "Available");

    @Test
    void orsOfEqualitiesAgreeWithTheInterpreter() {
        qt().withExamples(300).forAll(ruleSets(), SourceDSL.lists().of(events()).ofSizeBetween(1, 30))
                .checkAssert(Compiled::assertAgreeWithInterpreter);
    }

    private static Gen<RuleEvent> events() {
        Gen<String> value = SourceDSL.integers().between(0, POOL.size()).map(i -> i == POOL.size() ? null : POOL.get(i));
        return value.zip(value, RuleEvent::connectAgentStateChange);
    }

    private static Gen<CheckedRuleSet> ruleSets() {
        return SourceDSL.lists().of(conditions()).ofSizeBetween(1, 40).map(conditions -> {
            List<CheckedRule> rules = new ArrayList<>();
            for (int i = 0; i < conditions.size(); i++) {
                rules.add(new CheckedRule(i, "r" + i, i + 1, i % 7 != 6, EventType.CONNECT_AGENT_STATE_CHANGE,
                        conditions.get(i), Destination.SALESFORCE, "S" + i));
            }
            return new CheckedRuleSet("or.rules", rules);
        });
    }

    /** An or of 1..4 equalities on ConnectNewState, sometimes nested, sometimes and-ed with a test of ConnectOldState. */
    private static Gen<Condition> conditions() {
        Gen<Condition> equality = SourceDSL.integers().between(0, POOL.size() * 2 - 1).map(i -> {
            Term field = new Term.Field(Operand.CONNECT_NEW_STATE);
            Term literal = new Term.Text(POOL.get(i % POOL.size()));
            return i < POOL.size() ? new Condition.Compare(field, Comparator.EQ, literal)
                    : new Condition.Compare(literal, Comparator.EQ, field);
        });
        Gen<Condition> or = SourceDSL.lists().of(equality).ofSizeBetween(1, 4).map(list -> list.size() > 2
                ? new Condition.Any(List.of(list.get(0), new Condition.Any(list.subList(1, list.size()))))
                : new Condition.Any(list));
        return or.zip(SourceDSL.integers().between(0, 2), (c, extra) -> extra == 0 ? c
                : new Condition.All(List.of(new Condition.Compare(new Term.Field(Operand.CONNECT_OLD_STATE),
                        extra == 1 ? Comparator.NE : Comparator.EQ, new Term.Text("Break")), c)));
    }
}
