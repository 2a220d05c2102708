package dev.presync.bench.engines.java;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Rational;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.Operand;
import dev.presync.runtime.ValueType;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule condition as the Java expression a programmer would write over a {@code RuleEvent e}:
 * null-safe string tests, and numbers compared as cross-multiplied longs (Pct = 100 w / c, a
 * literal = T / 100), exact for this benchmark's magnitudes. A comparison with a missing side is
 * false, so each one tests presence first.
 */
final class JavaConditionWriter {
    private JavaConditionWriter() {
    }

    static String write(Condition c) {
        if (c instanceof Condition.Compare cmp) {
            return cmp.left() instanceof Term.Text || cmp.right() instanceof Term.Text
                    || isText(cmp.left()) || isText(cmp.right()) ? text(cmp) : number(cmp);
        }
        if (c instanceof Condition.Not not) {
            return "!" + write(not.operand());
        }
        if (c instanceof Condition.All all) {
            return join(all.operands(), " && ");
        }
        if (c instanceof Condition.Any any) {
            return join(any.operands(), " || ");
        }
        return "true";
    }

    private static String join(List<Condition> parts, String op) {
        return parts.stream().map(JavaConditionWriter::write).collect(Collectors.joining(op, "(", ")"));
    }

    private static boolean isText(Term t) {
        return t instanceof Term.Field f && f.operand().type() == ValueType.TEXT;
    }

    private static String text(Condition.Compare cmp) {
        Term left = cmp.left();
        Term right = cmp.right();
        Comparator op = cmp.op();
        if (left instanceof Term.Text && right instanceof Term.Field) {
            left = cmp.right();
            right = cmp.left();
            op = op.flipped();
        }
        String a = textValue(left);
        String b = textValue(right);
        if (right instanceof Term.Text && op == Comparator.EQ) {
            return b + ".equals(" + a + ")";
        }
        String present = "(" + a + " != null" + (right instanceof Term.Field ? " && " + b + " != null" : "") + " && ";
        return switch (op) {
            case EQ -> present + a + ".equals(" + b + "))";
            case NE -> present + "!" + a + ".equals(" + b + "))";
            default -> present + a + ".compareTo(" + b + ") " + op.symbol() + " 0)";
        };
    }

    private static String textValue(Term t) {
        if (t instanceof Term.Text text) {
            return literal(text.value());
        }
        return "e." + accessor(((Term.Field) t).operand()) + "()";
    }

    /** {@code a/b op c/d} with positive denominators is {@code a*d op c*b}. */
    private static String number(Condition.Compare cmp) {
        String[] l = fraction(cmp.left());
        String[] r = fraction(cmp.right());
        String test = "(" + l[0] + ") * (" + r[1] + ") " + cmp.op().symbol() + " (" + r[0] + ") * (" + l[1] + ")";
        String presence = (l[2].equals("true") ? "" : l[2] + " && ") + (r[2].equals("true") ? "" : r[2] + " && ");
        return "(" + presence + test + ")";
    }

    /** Numerator, denominator and presence test of a numeric term. */
    private static String[] fraction(Term t) {
        if (t instanceof Term.Number n) {
            return new String[] {scaled(n.value()) + "L", Long.toString(JavaRuleSetSource.SCALE), "true"};
        }
        Operand o = ((Term.Field) t).operand();
        return switch (o) {
            case SALESFORCE_PREVIOUS_WORKLOAD_PCT ->
                    new String[] {"100L * e.previousWorkload()", "e.configuredCapacity()", "e.hasPreviousWorkloadPct()"};
            case SALESFORCE_NEW_WORKLOAD_PCT ->
                    new String[] {"100L * e.newWorkload()", "e.configuredCapacity()", "e.hasNewWorkloadPct()"};
            case SALESFORCE_PREVIOUS_WORKLOAD -> new String[] {"e.previousWorkload()", "1L", "e.hasPreviousWorkload()"};
            case SALESFORCE_NEW_WORKLOAD -> new String[] {"e.newWorkload()", "1L", "e.hasNewWorkload()"};
            case SALESFORCE_CONFIGURED_CAPACITY ->
                    new String[] {"e.configuredCapacity()", "1L", "e.hasConfiguredCapacity()"};
            default -> throw new IllegalArgumentException(o + " is not a number");
        };
    }

    /** A literal times {@link JavaRuleSetSource#SCALE}; the benchmark's literals have at most two decimals. */
    static long scaled(Rational value) {
        BigDecimal exact = new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator()));
        return exact.movePointRight(2).longValueExact();
    }

    static String accessor(Operand o) {
        return switch (o) {
            case CONNECT_NEW_STATE -> "connectNewState";
            case CONNECT_OLD_STATE -> "connectOldState";
            case SALESFORCE_NEW_STATE -> "salesforceNewState";
            case SALESFORCE_SERVICE_CHANNEL -> "salesforceServiceChannel";
            default -> throw new IllegalArgumentException(o + " is not text");
        };
    }

    static String literal(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                out.append('\\').append(ch);
            } else if (ch < 0x20 || ch > 0x7e) {
                out.append(String.format("\\u%04x", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.append('"').toString();
    }
}
