package dev.presync.bench.engines.peer;

import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Rational;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.Operand;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A presync condition as one boolean expression in a peer's language, faithful to presync's
 * semantics: each field of a comparison is tested for null first, so a comparison with a missing
 * side is false for every comparator ({@code !=} included), and {@code not}/{@code and}/{@code or}
 * are plain two-valued logic over that. Number literals are written as doubles ({@code 100.0}).
 */
final class ExpressionWriter {
    private final Dialect d;

    ExpressionWriter(Dialect dialect) {
        this.d = dialect;
    }

    String write(Condition c) {
        if (c instanceof Condition.Compare cmp) {
            return compare(cmp);
        }
        if (c instanceof Condition.Not not) {
            return d.not() + "(" + write(not.operand()) + ")";
        }
        if (c instanceof Condition.All all) {
            return join(all.operands(), d.and());
        }
        if (c instanceof Condition.Any any) {
            return join(any.operands(), d.or());
        }
        return "true";
    }

    private String join(List<Condition> parts, String op) {
        return parts.stream().map(this::write).collect(Collectors.joining(op, "(", ")"));
    }

    private String compare(Condition.Compare cmp) {
        StringBuilder guard = new StringBuilder("(");
        for (Term t : List.of(cmp.left(), cmp.right())) {
            if (t instanceof Term.Field f) {
                guard.append(variable(f.operand())).append(" != ").append(d.nullLiteral()).append(d.and());
            }
        }
        return guard + term(cmp.left()) + " " + cmp.op().symbol() + " " + term(cmp.right()) + ")";
    }

    private String term(Term t) {
        if (t instanceof Term.Field f) {
            return variable(f.operand());
        }
        if (t instanceof Term.Text text) {
            return d.string(text.value());
        }
        return number(((Term.Number) t).value());
    }

    static String number(Rational value) {
        String plain = new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator())).toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    /** The operand's variable or property name: its spelling with a lower-case first letter. */
    static String variable(Operand o) {
        return Character.toLowerCase(o.spelling().charAt(0)) + o.spelling().substring(1);
    }
}
