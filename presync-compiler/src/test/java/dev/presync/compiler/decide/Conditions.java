package dev.presync.compiler.decide;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Rational;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.Operand;
import dev.presync.runtime.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random checked conditions over a few operands and a small pool of literals, in any
 * {@code not}/{@code and}/{@code or} nesting, with operand-to-operand comparisons and
 * literal-to-literal ones: the shapes the decision procedure must get right.
 */
final class Conditions {
    private final Random random;
    private final List<Operand> operands;
    private final List<String> texts;
    private final List<Rational> numbers;

    Conditions(long seed, List<Operand> operands, List<String> texts, List<Rational> numbers) {
        this.random = new Random(seed);
        this.operands = operands;
        this.texts = texts;
        this.numbers = numbers;
    }

    Condition condition(int depth) {
        int shape = depth == 0 ? 0 : random.nextInt(5);
        return switch (shape) {
            case 0, 1 -> compare();
            case 2 -> new Condition.Not(condition(depth - 1));
            default -> {
                List<Condition> parts = new ArrayList<>();
                int n = 2 + random.nextInt(2);
                for (int i = 0; i < n; i++) {
                    parts.add(condition(depth - 1));
                }
                yield shape == 3 ? new Condition.All(parts) : new Condition.Any(parts);
            }
        };
    }

    private Condition compare() {
        Operand left = operands.get(random.nextInt(operands.size()));
        Comparator op = Comparator.values()[random.nextInt(Comparator.values().length)];
        List<Operand> sameType = operands.stream().filter(o -> o.type() == left.type()).toList();
        int kind = random.nextInt(10);
        Term right;
        if (kind < 3) {
            right = new Term.Field(sameType.get(random.nextInt(sameType.size())));
        } else {
            right = literal(left.type());
        }
        Term l = kind == 9 ? literal(left.type()) : new Term.Field(left);
        return random.nextBoolean() ? new Condition.Compare(l, op, right) : new Condition.Compare(right, op.flipped(), l);
    }

    private Term literal(ValueType type) {
        return type == ValueType.TEXT ? new Term.Text(texts.get(random.nextInt(texts.size())))
                : new Term.Number(numbers.get(random.nextInt(numbers.size())));
    }
}
