package dev.presync.bench.engines.peer.drools;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Rational;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.Operand;
import dev.presync.runtime.ValueType;
import java.util.List;
import org.drools.model.functions.Function1;
import org.drools.model.functions.Predicate1;

/**
 * A presync condition as the Java lambda an executable-model constraint holds: what the model
 * compiler would generate from a DRL constraint, composed here from small lambdas instead of
 * generated and compiled as source. Exact like presync: a number is a fraction (Pct is
 * {@code 100 w / c}), compared cross-multiplied in {@code long}; a comparison with a missing value
 * is false for every comparator, {@code !=} included.
 */
final class DroolsPredicates {
    private DroolsPredicates() {
    }

    static Predicate1<DroolsEvent> of(Condition c) {
        if (c instanceof Condition.Compare cmp) {
            return isText(cmp) ? text(cmp) : number(cmp);
        }
        if (c instanceof Condition.Not not) {
            Predicate1<DroolsEvent> p = of(not.operand());
            return e -> !p.test(e);
        }
        if (c instanceof Condition.All all) {
            return all(all.operands());
        }
        if (c instanceof Condition.Any any) {
            return any(any.operands());
        }
        return e -> true;
    }

    private static Predicate1<DroolsEvent> all(List<Condition> parts) {
        if (parts.size() == 2) {
            Predicate1<DroolsEvent> a = of(parts.get(0));
            Predicate1<DroolsEvent> b = of(parts.get(1));
            return e -> a.test(e) && b.test(e);
        }
        @SuppressWarnings("unchecked")
        Predicate1<DroolsEvent>[] ps = parts.stream().map(DroolsPredicates::of).toArray(Predicate1[]::new);
        return e -> {
            for (Predicate1<DroolsEvent> p : ps) {
                if (!p.test(e)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Predicate1<DroolsEvent> any(List<Condition> parts) {
        if (parts.size() == 2) {
            Predicate1<DroolsEvent> a = of(parts.get(0));
            Predicate1<DroolsEvent> b = of(parts.get(1));
            return e -> a.test(e) || b.test(e);
        }
        @SuppressWarnings("unchecked")
        Predicate1<DroolsEvent>[] ps = parts.stream().map(DroolsPredicates::of).toArray(Predicate1[]::new);
        return e -> {
            for (Predicate1<DroolsEvent> p : ps) {
                if (p.test(e)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static boolean isText(Condition.Compare cmp) {
        return cmp.left() instanceof Term.Text || cmp.right() instanceof Term.Text
                || cmp.left() instanceof Term.Field f && f.operand().type() == ValueType.TEXT;
    }

    private static Predicate1<DroolsEvent> text(Condition.Compare cmp) {
        Term left = cmp.left();
        Term right = cmp.right();
        Comparator op = cmp.op();
        if (left instanceof Term.Text) {
            left = cmp.right();
            right = cmp.left();
            op = op.flipped();
        }
        Function1<DroolsEvent, String> a = textGetter(((Term.Field) left).operand());
        Comparator o = op;
        if (right instanceof Term.Text t) {
            String lit = t.value();
            return switch (o) {
                case EQ -> e -> lit.equals(a.apply(e));
                case NE -> e -> {
                    String v = a.apply(e);
                    return v != null && !v.equals(lit);
                };
                default -> e -> {
                    String v = a.apply(e);
                    return v != null && o.test(v.compareTo(lit));
                };
            };
        }
        Function1<DroolsEvent, String> b = textGetter(((Term.Field) right).operand());
        return e -> {
            String v = a.apply(e);
            String w = b.apply(e);
            return v != null && w != null && o.test(v.compareTo(w));
        };
    }

    private static final Function1<DroolsEvent, String> CONNECT_NEW_STATE = DroolsEvent::getConnectNewState;
    private static final Function1<DroolsEvent, String> CONNECT_OLD_STATE = DroolsEvent::getConnectOldState;
    private static final Function1<DroolsEvent, String> SALESFORCE_NEW_STATE = DroolsEvent::getSalesforceNewState;
    private static final Function1<DroolsEvent, String> SALESFORCE_SERVICE_CHANNEL =
            DroolsEvent::getSalesforceServiceChannel;
    private static final Function1<DroolsEvent, Long> PREVIOUS_WORKLOAD = DroolsEvent::getSalesforcePreviousWorkload;
    private static final Function1<DroolsEvent, Long> NEW_WORKLOAD = DroolsEvent::getSalesforceNewWorkload;
    private static final Function1<DroolsEvent, Long> CONFIGURED_CAPACITY = DroolsEvent::getSalesforceConfiguredCapacity;

    /**
     * The getter of a TEXT operand: one instance per operand, because Drools groups the
     * constraints it hashes by their field reader.
     */
    static Function1<DroolsEvent, String> textGetter(Operand o) {
        return switch (o) {
            case CONNECT_NEW_STATE -> CONNECT_NEW_STATE;
            case CONNECT_OLD_STATE -> CONNECT_OLD_STATE;
            case SALESFORCE_NEW_STATE -> SALESFORCE_NEW_STATE;
            case SALESFORCE_SERVICE_CHANNEL -> SALESFORCE_SERVICE_CHANNEL;
            default -> throw new IllegalArgumentException(o + " is not text");
        };
    }

    /** The getter of a supplied NUMBER operand (null when missing), one instance per operand. */
    static Function1<DroolsEvent, Long> numberGetter(Operand o) {
        return switch (o) {
            case SALESFORCE_PREVIOUS_WORKLOAD -> PREVIOUS_WORKLOAD;
            case SALESFORCE_NEW_WORKLOAD -> NEW_WORKLOAD;
            case SALESFORCE_CONFIGURED_CAPACITY -> CONFIGURED_CAPACITY;
            default -> throw new IllegalArgumentException(o + " is not a supplied number");
        };
    }

    /** {@code a/b op c/d} with positive denominators is {@code a*d op c*b}. */
    private static Predicate1<DroolsEvent> number(Condition.Compare cmp) {
        Comparator op = cmp.op();
        Fraction l = fraction(cmp.left());
        Fraction r = fraction(cmp.right());
        if (l instanceof Supplied s && r instanceof Literal lit && lit.den == 1) {
            Function1<DroolsEvent, Long> get = s.get;
            long value = lit.num;
            return e -> {
                Long v = get.apply(e);
                return v != null && op.test(Long.compare(v, value));
            };
        }
        return e -> l.present(e) && r.present(e)
                && op.test(Long.compare(l.num(e) * r.den(e), r.num(e) * l.den(e)));
    }

    private static Fraction fraction(Term t) {
        if (t instanceof Term.Number n) {
            Rational v = n.value();
            return new Literal(v.numerator().longValueExact(), v.denominator().longValueExact());
        }
        Operand o = ((Term.Field) t).operand();
        Operand workload = o.workloadOfPct();
        return workload == null ? new Supplied(numberGetter(o)) : new Pct(numberGetter(workload));
    }

    /** A number as numerator over a positive denominator, when present. */
    private interface Fraction {
        boolean present(DroolsEvent e);

        long num(DroolsEvent e);

        long den(DroolsEvent e);
    }

    private record Literal(long num, long den) implements Fraction {
        @Override
        public boolean present(DroolsEvent e) {
            return true;
        }

        @Override
        public long num(DroolsEvent e) {
            return num;
        }

        @Override
        public long den(DroolsEvent e) {
            return den;
        }
    }

    private record Supplied(Function1<DroolsEvent, Long> get) implements Fraction {
        @Override
        public boolean present(DroolsEvent e) {
            return get.apply(e) != null;
        }

        @Override
        public long num(DroolsEvent e) {
            return get.apply(e);
        }

        @Override
        public long den(DroolsEvent e) {
            return 1;
        }
    }

    /** 100 × workload ÷ capacity; missing when either is, or the capacity is 0. */
    private record Pct(Function1<DroolsEvent, Long> workload) implements Fraction {
        @Override
        public boolean present(DroolsEvent e) {
            Long c = e.getSalesforceConfiguredCapacity();
            return workload.apply(e) != null && c != null && c != 0;
        }

        @Override
        public long num(DroolsEvent e) {
            return 100 * workload.apply(e);
        }

        @Override
        public long den(DroolsEvent e) {
            return e.getSalesforceConfiguredCapacity();
        }
    }
}
