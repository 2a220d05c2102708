package dev.presync.compiler.lint;

import dev.presync.runtime.Operand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of one event and destination, keyed by the value they pin their most often pinned
 * operand to. The rules that can fire together with a rule are those pinned to one of its values
 * and those not pinned at all, so pairwise questions cost about one bucket per rule, not n².
 */
final class PairIndex {
    private final List<LintedRule> rules;
    private final List<Map<Operand, Set<Object>>> pins = new ArrayList<>();
    private final Operand key;
    private final Map<Object, List<Integer>> byValue = new HashMap<>();
    private final List<Integer> unpinned = new ArrayList<>();

    PairIndex(List<LintedRule> rules) {
        this.rules = rules;
        Map<Operand, Integer> counts = new HashMap<>();
        for (LintedRule r : rules) {
            Map<Operand, Set<Object>> p = Pins.of(r.rule().condition());
            pins.add(p);
            p.keySet().forEach(o -> counts.merge(o, 1, Integer::sum));
        }
        key = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        for (int i = 0; i < rules.size(); i++) {
            Set<Object> values = key == null ? null : pins.get(i).get(key);
            if (values == null) {
                unpinned.add(i);
            } else {
                for (Object v : values) {
                    byValue.computeIfAbsent(v, x -> new ArrayList<>()).add(i);
                }
            }
        }
    }

    /**
     * The rules before position {@code i} that may fire on some event together with rule {@code i},
     * in source order: no rule that is left out can.
     */
    List<LintedRule> earlierPartners(int i) {
        Set<Object> values = key == null ? null : pins.get(i).get(key);
        Set<Integer> candidates = new LinkedHashSet<>();
        if (values == null) {
            for (int j = 0; j < i; j++) {
                candidates.add(j);
            }
        } else {
            for (Object v : values) {
                for (int j : byValue.getOrDefault(v, List.of())) {
                    if (j < i) {
                        candidates.add(j);
                    }
                }
            }
            for (int j : unpinned) {
                if (j < i) {
                    candidates.add(j);
                }
            }
        }
        List<LintedRule> out = new ArrayList<>();
        candidates.stream().sorted().forEach(j -> {
            if (!disjoint(pins.get(i), pins.get(j))) {
                out.add(rules.get(j));
            }
        });
        return out;
    }

    /** True when some operand is pinned by both to sets with no value in common. */
    private static boolean disjoint(Map<Operand, Set<Object>> a, Map<Operand, Set<Object>> b) {
        for (Map.Entry<Operand, Set<Object>> e : a.entrySet()) {
            Set<Object> other = b.get(e.getKey());
            if (other != null && e.getValue().stream().noneMatch(other::contains)) {
                return true;
            }
        }
        return false;
    }
}
