package dev.presync.compiler.codegen;

import static dev.presync.compiler.codegen.Rules.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.compiler.ast.Comparator;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The differential tests cannot see a silent fall-back to linear scans; these pin down that
 * large rule sets really are indexed, with candidate sets and storage that stay small.
 */
class IndexPlannerTest {
    private static final int N = 10_000;

    @Test
    void tenThousandMappingsGetOneHashIndexWithOneRulePerBucket() {
        Rules rules = new Rules();
        for (int i = 0; i < N; i++) {
            rules.add(EventType.CONNECT_AGENT_STATE_CHANGE,
                    all(not(eq(Operand.CONNECT_OLD_STATE, "x")), eq(Operand.CONNECT_NEW_STATE, "s" + i)), "T" + i);
        }
        EventPlan plan = IndexPlanner.plan(rules.build()).get(0);
        assertEquals(0, plan.unkeyed().length);
        assertEquals(1, plan.textIndexes().size());
        EventPlan.TextIndex index = plan.textIndexes().get(0);
        assertEquals(Operand.CONNECT_NEW_STATE, index.operand());
        assertEquals(N + 1, index.buckets().length);
        assertTrue(Arrays.stream(index.buckets()).skip(1).allMatch(b -> b.length == 1));
        assertEquals(2, Templates.textBucket("s1", index.tableKeys(), index.tableIds()));
        assertEquals(0, Templates.textBucket("s" + N, index.tableKeys(), index.tableIds()));
    }

    @Test
    void tenThousandRaysTakeLinearStorageAndThePrefixIsExact() {
        Rules rules = new Rules();
        for (int i = 0; i < N; i++) {
            rules.add(EventType.SALESFORCE_WORKLOAD_CHANGED,
                    cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.GT, Double.toString(i / 100.0)), "T" + i);
        }
        EventPlan.NumericIndex index = IndexPlanner.plan(rules.build()).get(0).numericIndexes().get(0);
        assertEquals(N, index.lower().length);
        assertEquals(0, Arrays.stream(index.bands()).mapToInt(b -> b.length).sum());
        // 50 % lies exactly on threshold 5000 (bucket 10001): the rules with t < 50, i.e. 5000 of them.
        int bucket = Templates.numBucket(1, 2, index.nums(), index.dens());
        assertEquals(2 * 5000 + 1, bucket);
        assertEquals(5000, index.lowerEnd()[bucket]);
    }

    @Test
    void bandsAreListedPerBucketAndImpossibleBoundsFireNever() {
        Rules rules = new Rules();
        for (int i = 0; i < 1_000; i++) {
            rules.add(EventType.SALESFORCE_WORKLOAD_CHANGED,
                    all(cmp(Operand.SALESFORCE_NEW_WORKLOAD, Comparator.GE, Integer.toString(10 * i)),
                            cmp(Operand.SALESFORCE_NEW_WORKLOAD, Comparator.LT, Integer.toString(10 * i + 10))), "B" + i);
        }
        rules.add(EventType.SALESFORCE_WORKLOAD_CHANGED, all(cmp(Operand.SALESFORCE_NEW_WORKLOAD, Comparator.GT, "5"),
                cmp(Operand.SALESFORCE_NEW_WORKLOAD, Comparator.LT, "3")), "Never");
        EventPlan plan = IndexPlanner.plan(rules.build()).get(0);
        EventPlan.NumericIndex index = plan.numericIndexes().get(0);
        int maxPerBucket = Arrays.stream(index.bands()).mapToInt(b -> b.length).max().orElse(0);
        assertEquals(1, maxPerBucket, "adjacent bands share no bucket");
        int bucket = Templates.numBucket(4_321, 1, index.nums(), index.dens());
        assertArrayEquals(new int[] {432}, index.bands()[bucket]);
        assertEquals(0, plan.unkeyed().length);
        assertTrue(Arrays.stream(index.bands()).flatMapToInt(Arrays::stream).noneMatch(p -> p == 1_000)
                && Arrays.stream(index.lower()).noneMatch(p -> p == 1_000)
                && Arrays.stream(index.upper()).noneMatch(p -> p == 1_000));
    }

    @Test
    void aRuleGoesToTheOperandThatKeysMostRules() {
        Rules rules = new Rules();
        for (String s : List.of("a", "b", "c")) {
            rules.add(EventType.CONNECT_AGENT_STATE_CHANGE, eq(Operand.CONNECT_OLD_STATE, s), s);
        }
        rules.add(EventType.CONNECT_AGENT_STATE_CHANGE,
                all(eq(Operand.CONNECT_NEW_STATE, "n"), eq(Operand.CONNECT_OLD_STATE, "a")), "both");
        EventPlan plan = IndexPlanner.plan(rules.build()).get(0);
        assertEquals(1, plan.textIndexes().size());
        assertEquals(Operand.CONNECT_OLD_STATE, plan.textIndexes().get(0).operand());
    }

    @Test
    void aRuleGoesToTheOperandWithTheMostDistinctValuesNotTheMostRules() {
        Rules rules = new Rules();
        for (int i = 0; i < 100; i++) {
            rules.add(EventType.CONNECT_AGENT_STATE_CHANGE,
                    all(eq(Operand.CONNECT_NEW_STATE, "Available"), eq(Operand.CONNECT_OLD_STATE, "x" + i)), "back" + i);
        }
        for (int i = 0; i < 50; i++) {
            rules.add(EventType.CONNECT_AGENT_STATE_CHANGE, eq(Operand.CONNECT_NEW_STATE, "s" + i), "s" + i);
        }
        // NewState keys 150 rules in 51 values, OldState 100 rules in 100: counting rules would put
        // the 100 'Available' rules in one bucket of 100 candidates.
        EventPlan plan = IndexPlanner.plan(rules.build()).get(0);
        EventPlan.TextIndex old = plan.textIndexes().stream()
                .filter(i -> i.operand() == Operand.CONNECT_OLD_STATE).findFirst().orElseThrow();
        assertEquals(101, old.buckets().length, "every 'Available' rule in a bucket of its own");
        int maxBucket = plan.textIndexes().stream().flatMap(i -> Arrays.stream(i.buckets()))
                .mapToInt(b -> b.length).max().orElse(0);
        assertEquals(1, maxBucket);
        assertEquals(0, plan.unkeyed().length);
    }

    @Test
    void raysCountAsOneValueSoAPointOperandWinsOverManyRayThresholds() {
        Rules rules = new Rules();
        for (int i = 0; i < 100; i++) {
            rules.add(EventType.SALESFORCE_WORKLOAD_CHANGED,
                    all(cmp(Operand.SALESFORCE_PREVIOUS_WORKLOAD, Comparator.LT, Integer.toString(i)),
                            cmp(Operand.SALESFORCE_CONFIGURED_CAPACITY, Comparator.EQ, Integer.toString(i % 10))), "R" + i);
        }
        // 100 distinct ray thresholds would hand each event a prefix of up to 100 rays; the 10
        // capacities split the rules into buckets of 10.
        // (Rules with at most 64 rays' worth of values go to the pair index on both, whose buckets are shorter still.)
        EventPlan plan = IndexPlanner.plan(rules.build()).get(0);
        assertEquals(1, plan.numericIndexes().size());
        EventPlan.NumericIndex index = plan.numericIndexes().get(0);
        assertEquals(Operand.SALESFORCE_CONFIGURED_CAPACITY, index.operand());
        assertTrue(Arrays.stream(index.bands()).mapToInt(b -> b.length).max().orElse(0) <= 10);
        assertTrue(plan.pairIndexes().stream().flatMap(i -> Arrays.stream(i.buckets())).allMatch(b -> b.length <= 10));
    }

    @Test
    void rulesPinningCapacityAndWorkloadGoToThePairIndexAndSkipBothTests() {
        Rules rules = new Rules();
        for (int i = 0; i < 1_000; i++) {
            int capacity = 1 + i % 40;
            int workload = i / 40;
            rules.add(EventType.SALESFORCE_WORKLOAD_CHANGED,
                    all(cmp(Operand.SALESFORCE_CONFIGURED_CAPACITY, Comparator.EQ, Integer.toString(capacity)),
                            cmp(Operand.SALESFORCE_NEW_WORKLOAD, Comparator.EQ, Integer.toString(workload)),
                            cmp(Operand.SALESFORCE_PREVIOUS_WORKLOAD, Comparator.LT, Integer.toString(workload))), "W" + i);
        }
        // Keyed on capacity alone, a bucket would hold 25 rules; on the pair, one.
        EventPlan plan = IndexPlanner.plan(rules.build()).get(0);
        assertEquals(1, plan.pairIndexes().size());
        EventPlan.PairIndex index = plan.pairIndexes().get(0);
        assertEquals(new PairKeys.Pair(Operand.SALESFORCE_NEW_WORKLOAD, Operand.SALESFORCE_CONFIGURED_CAPACITY), index.pair());
        assertTrue(plan.numericIndexes().isEmpty());
        assertTrue(Arrays.stream(index.buckets()).allMatch(b -> b.length <= 1));
        int bucket = Templates.pairBucket(3, 7, index.firstKeys(), index.secondKeys(), index.tableIds());
        assertArrayEquals(new int[] {126}, index.buckets()[bucket]); // 1 + 126 % 40 == 7, 126 / 40 == 3
        assertEquals(cmp(Operand.SALESFORCE_PREVIOUS_WORKLOAD, Comparator.LT, "3"), plan.tested().get(126));
        // No rule pins capacity 0.
        assertEquals(0, Templates.pairBucket(0, 0, index.firstKeys(), index.secondKeys(), index.tableIds()));
    }

    @Test
    void aPctBandWithAPinnedCapacityBecomesTheWholeWorkloadsInsideIt() {
        PairKeys.Pair pair = new PairKeys.Pair(Operand.SALESFORCE_NEW_WORKLOAD, Operand.SALESFORCE_CONFIGURED_CAPACITY);
        PairKeys.Keys keys = PairKeys.keys(all(cmp(Operand.SALESFORCE_CONFIGURED_CAPACITY, Comparator.EQ, "40"),
                cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.GT, "30"),
                cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.LE, "35"),
                cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.NE, "32.5"),
                cmp(field(Operand.SALESFORCE_NEW_WORKLOAD), Comparator.GT, field(Operand.SALESFORCE_PREVIOUS_WORKLOAD))),
                EventType.SALESFORCE_WORKLOAD_CHANGED, pair);
        // 30 < 100 w / 40 <= 35 holds for w = 13 (32.5, excluded by the !=) and w = 14 (35).
        assertEquals(List.of(List.of(14L, 40L)), keys.values().stream().map(v -> List.of(v[0], v[1])).toList());
        assertEquals(cmp(field(Operand.SALESFORCE_NEW_WORKLOAD), Comparator.GT, field(Operand.SALESFORCE_PREVIOUS_WORKLOAD)), keys.rest());
        // Capacity 0 leaves the Pct missing: no key at all. Unbounded workloads: not a pair key.
        assertTrue(PairKeys.keys(all(cmp(Operand.SALESFORCE_CONFIGURED_CAPACITY, Comparator.EQ, "0"),
                cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.LT, "50")), EventType.SALESFORCE_WORKLOAD_CHANGED, pair)
                .values().isEmpty());
        assertEquals(null, PairKeys.keys(all(cmp(Operand.SALESFORCE_CONFIGURED_CAPACITY, Comparator.EQ, "4"),
                cmp(Operand.SALESFORCE_NEW_WORKLOAD_PCT, Comparator.GT, "50")), EventType.SALESFORCE_WORKLOAD_CHANGED, pair));
    }
}
