package dev.presync.compiler.fuzz;

import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Events for a fuzzed rule set: one per event type with each literal of the rules (so that
 * equalities can hold), every literal's neighbours for the numbers, then whatever the fuzzer's
 * own bytes spell. Values are drawn from the rules' literals so that conditions are decided both
 * ways, not only false.
 */
final class FuzzedEvents {
    private static final int MAX_POOL = 12;
    private static final long[] BOUNDARIES = {0, 1, 2, 100, Long.MAX_VALUE};

    private final List<String> texts;
    private final List<Long> numbers;

    private FuzzedEvents(List<String> texts, List<Long> numbers) {
        this.texts = texts;
        this.numbers = numbers;
    }

    static FuzzedEvents forRules(CheckedRuleSet rules) {
        Set<String> texts = new LinkedHashSet<>();
        Set<Long> numbers = new LinkedHashSet<>();
        for (CheckedRule rule : rules.rules()) {
            collect(rule.condition(), texts, numbers);
        }
        texts.add("");
        for (long n : BOUNDARIES) {
            numbers.add(n);
        }
        return new FuzzedEvents(first(texts), first(numbers));
    }

    /** The fixed events, then the events {@code data[from..]} spells. */
    List<RuleEvent> events(byte[] data, int from) {
        List<RuleEvent> events = new ArrayList<>();
        for (EventType type : EventType.values()) {
            events.add(RuleEvent.builder(type).build());
            for (int i = 0; i < Math.max(texts.size(), numbers.size()); i++) {
                events.add(uniform(type, i));
            }
        }
        ByteBuffer in = ByteBuffer.wrap(data, from, data.length - from);
        while (in.hasRemaining()) {
            events.add(spelt(in));
        }
        return events;
    }

    private RuleEvent uniform(EventType type, int i) {
        RuleEvent.Builder b = RuleEvent.builder(type);
        for (Operand o : settable(type)) {
            switch (o.type()) {
                case TEXT -> b.text(o, texts.get(i % texts.size()));
                case NUMBER -> b.number(o, numbers.get((i + o.ordinal()) % numbers.size()));
            }
        }
        return b.build();
    }

    private RuleEvent spelt(ByteBuffer in) {
        EventType type = EventType.values()[Byte.toUnsignedInt(in.get()) % EventType.values().length];
        RuleEvent.Builder b = RuleEvent.builder(type);
        for (Operand o : settable(type)) {
            if (!in.hasRemaining()) {
                break;
            }
            int choice = Byte.toUnsignedInt(in.get());
            if (choice % 8 == 7) {
                continue; // missing
            }
            switch (o.type()) {
                case TEXT -> b.text(o, texts.get(choice % texts.size()));
                case NUMBER -> b.number(o, choice % 8 == 6 && in.remaining() >= Long.BYTES
                        ? in.getLong() & Long.MAX_VALUE
                        : numbers.get(choice % numbers.size()));
            }
        }
        return b.build();
    }

    private static List<Operand> settable(EventType type) {
        if (type == EventType.SALESFORCE_AGENT_LOGOUT) {
            return List.of(); // its one value is fixed
        }
        return type.carries().stream().filter(o -> !o.isDerived()).sorted().toList();
    }

    private static void collect(Condition c, Set<String> texts, Set<Long> numbers) {
        if (c instanceof Condition.Compare cmp) {
            collect(cmp.left(), texts, numbers);
            collect(cmp.right(), texts, numbers);
        } else if (c instanceof Condition.Not not) {
            collect(not.operand(), texts, numbers);
        } else if (c instanceof Condition.All all) {
            all.operands().forEach(o -> collect(o, texts, numbers));
        } else if (c instanceof Condition.Any any) {
            any.operands().forEach(o -> collect(o, texts, numbers));
        }
    }

    private static void collect(Term t, Set<String> texts, Set<Long> numbers) {
        if (t instanceof Term.Text text) {
            texts.add(text.value());
        } else if (t instanceof Term.Number number) {
            BigInteger floor = number.value().numerator().divide(number.value().denominator());
            for (int d = -1; d <= 1; d++) {
                BigInteger n = floor.add(BigInteger.valueOf(d));
                if (n.signum() >= 0 && n.bitLength() < Long.SIZE) {
                    numbers.add(n.longValue());
                }
            }
        }
    }

    private static <T> List<T> first(Set<T> values) {
        return values.stream().limit(MAX_POOL).toList();
    }
}
