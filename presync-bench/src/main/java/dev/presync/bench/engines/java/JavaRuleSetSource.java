package dev.presync.bench.engines.java;

import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.runtime.Action;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a rule set as the Java source a good programmer would write for it, to be compiled with
 * javac: a switch on the event type; per text index a string {@code switch} giving a key id
 * (split into shards of at most {@value #SHARD} cases by hash, so every method stays under the
 * JIT's 8,000-byte limit); per numeric index a binary search over sorted thresholds; the
 * conditions as plain boolean expressions, {@value #CHUNK} per method, behind a two-level switch.
 * Candidate lists live in tables handed over at class initialisation ({@link JavaTables}).
 */
final class JavaRuleSetSource {
    /** Numeric literals are compared as integers scaled by this (the benchmark's have two decimals at most). */
    static final long SCALE = 100;
    private static final int SHARD = 64;
    private static final int CHUNK = 32;

    /** The source of the main class and the tables it claims. */
    record Output(String className, Map<String, String> sources, JavaTables tables) {
    }

    private JavaRuleSetSource() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Output write(CheckedRuleSet ruleSet, String packageName, String simpleName) {
        List<CheckedRule> active = ruleSet.activeRules();
        Action[] actions = active.stream().map(CheckedRule::action).toArray(Action[]::new);
        List<Action>[] singles = new List[actions.length];
        for (int i = 0; i < actions.length; i++) {
            singles[i] = List.of(actions[i]);
        }
        Map<EventType, List<CheckedRule>> rulesByType = new EnumMap<>(EventType.class);
        Map<EventType, List<Integer>> numbersByType = new EnumMap<>(EventType.class);
        for (int i = 0; i < active.size(); i++) {
            rulesByType.computeIfAbsent(active.get(i).event(), t -> new ArrayList<>()).add(active.get(i));
            numbersByType.computeIfAbsent(active.get(i).event(), t -> new ArrayList<>()).add(i);
        }
        List<int[][]> candidates = new ArrayList<>();
        List<long[]> thresholds = new ArrayList<>();
        StringBuilder main = new StringBuilder();
        StringBuilder keys = new StringBuilder();
        String fqcn = packageName + "." + simpleName;
        main.append("package ").append(packageName).append(";\n\n")
                .append("import dev.presync.bench.engines.java.Fired;\n")
                .append("import dev.presync.bench.engines.java.JavaTables;\n")
                .append("import dev.presync.runtime.Action;\nimport dev.presync.runtime.RuleEvent;\n")
                .append("import dev.presync.runtime.RuleSet;\nimport java.util.List;\n\n")
                .append("public final class ").append(simpleName).append(" implements RuleSet {\n")
                .append("    private static final JavaTables T = JavaTables.claim(\"").append(fqcn).append("\");\n")
                .append("    private static final Action[] ACTIONS = T.actions();\n")
                .append("    private static final List<Action>[] SINGLES = T.singles();\n");
        StringBuilder methods = new StringBuilder();
        StringBuilder dispatch = new StringBuilder("    @Override\n    public List<Action> evaluate(RuleEvent e) {\n"
                + "        switch (e.type()) {\n");
        rulesByType.forEach((type, rules) -> {
            JavaIndexPlan plan = new JavaIndexPlan(type, rules, numbersByType.get(type));
            String method = "eval" + type.spelling();
            dispatch.append("            case ").append(type.name()).append(": return ").append(method).append("(e);\n");
            methods.append("    private static List<Action> ").append(method).append("(RuleEvent e) {\n")
                    .append("        int first = -1;\n        int[] more = null;\n        int[] c;\n");
            for (JavaIndexPlan.TextIndex index : plan.textIndexes) {
                int table = candidates.size();
                candidates.add(withEmptyFirst(index.lists()));
                String lookup = "key" + table;
                writeKeyLookup(keys, lookup, index.keys());
                main.append("    private static final int[][] C").append(table).append(" = T.candidates()[")
                        .append(table).append("];\n");
                methods.append("        c = C").append(table).append("[").append(simpleName).append("Keys.")
                        .append(lookup).append("(e.").append(JavaConditionWriter.accessor(index.operand()))
                        .append("())];\n");
                loop(methods, simpleName);
            }
            for (JavaIndexPlan.NumericIndex index : plan.numericIndexes) {
                int table = candidates.size();
                candidates.add(index.lists().stream().map(JavaRuleSetSource::ints).toArray(int[][]::new));
                thresholds.add(index.thresholds());
                int th = thresholds.size() - 1;
                main.append("    private static final int[][] C").append(table).append(" = T.candidates()[")
                        .append(table).append("];\n")
                        .append("    private static final long[] TH").append(th).append(" = T.thresholds()[")
                        .append(th).append("];\n");
                methods.append("        if (e.").append(presence(index.operand())).append("()) {\n")
                        .append("            c = C").append(table).append("[Fired.bucket(").append(value(index.operand()))
                        .append(", TH").append(th).append(", ").append(SCALE).append("L)];\n");
                loop(methods, simpleName);
                methods.append("        }\n");
            }
            if (!plan.unkeyed.isEmpty()) {
                int table = candidates.size();
                candidates.add(new int[][] {ints(plan.unkeyed)});
                main.append("    private static final int[] C").append(table).append(" = T.candidates()[")
                        .append(table).append("][0];\n");
                methods.append("        c = C").append(table).append(";\n");
                loop(methods, simpleName);
            }
            methods.append("        return Fired.finish(first, more, ACTIONS, SINGLES);\n    }\n\n");
        });
        dispatch.append("            default: return List.of();\n        }\n    }\n\n");
        main.append('\n').append(dispatch).append(methods).append("}\n");
        Map<String, String> sources = new java.util.LinkedHashMap<>();
        sources.put(fqcn, main.toString());
        sources.put(fqcn + "Keys", "package " + packageName + ";\n\nfinal class " + simpleName + "Keys {\n" + keys + "}\n");
        sources.put(fqcn + "Conditions", conditions(packageName, simpleName, active));
        JavaTables tables = new JavaTables(actions, singles, candidates.toArray(int[][][]::new),
                thresholds.toArray(long[][]::new));
        return new Output(fqcn, sources, tables);
    }

    private static void loop(StringBuilder out, String simpleName) {
        out.append("        for (int i = 0; i < c.length; i++) {\n")
                .append("            int r = c[i];\n")
                .append("            if (").append(simpleName).append("Conditions.holds(r, e)) {\n")
                .append("                if (first < 0) { first = r; } else { more = Fired.push(more, r); }\n")
                .append("            }\n        }\n");
    }

    /** A string switch from value to key id (1-based; 0 = no rule), sharded by hash when large. */
    private static void writeKeyLookup(StringBuilder out, String name, List<String> keys) {
        int shards = 1;
        while (keys.size() > shards * SHARD) {
            shards *= 2;
        }
        List<List<Integer>> byShard = new ArrayList<>();
        for (int s = 0; s < shards; s++) {
            byShard.add(new ArrayList<>());
        }
        for (int k = 0; k < keys.size(); k++) {
            int h = keys.get(k).hashCode();
            byShard.get((h ^ (h >>> 16)) & (shards - 1)).add(k);
        }
        out.append("    static int ").append(name).append("(String s) {\n        if (s == null) {\n            return 0;\n        }\n");
        if (shards == 1) {
            cases(out, keys, byShard.get(0));
            out.append("    }\n\n");
            return;
        }
        out.append("        int h = s.hashCode();\n        switch ((h ^ (h >>> 16)) & ").append(shards - 1).append(") {\n");
        for (int s = 0; s < shards; s++) {
            out.append("            case ").append(s).append(": return ").append(name).append('_').append(s).append("(s);\n");
        }
        out.append("            default: return 0;\n        }\n    }\n\n");
        for (int s = 0; s < shards; s++) {
            out.append("    private static int ").append(name).append('_').append(s).append("(String s) {\n");
            cases(out, keys, byShard.get(s));
            out.append("    }\n\n");
        }
    }

    private static void cases(StringBuilder out, List<String> keys, List<Integer> ids) {
        out.append("        switch (s) {\n");
        for (int k : ids) {
            out.append("            case ").append(JavaConditionWriter.literal(keys.get(k))).append(": return ")
                    .append(k + 1).append(";\n");
        }
        out.append("            default: return 0;\n        }\n");
    }

    private static String conditions(String packageName, String simpleName, List<CheckedRule> active) {
        StringBuilder out = new StringBuilder("package " + packageName + ";\n\nimport dev.presync.runtime.RuleEvent;\n\n"
                + "final class " + simpleName + "Conditions {\n    static boolean holds(int r, RuleEvent e) {\n"
                + "        switch (r >>> 5) {\n");
        int chunks = (active.size() + CHUNK - 1) / CHUNK;
        for (int k = 0; k < chunks; k++) {
            out.append("            case ").append(k).append(": return chunk").append(k).append("(r, e);\n");
        }
        out.append("            default: return false;\n        }\n    }\n\n");
        for (int k = 0; k < chunks; k++) {
            out.append("    private static boolean chunk").append(k).append("(int r, RuleEvent e) {\n        switch (r) {\n");
            for (int r = k * CHUNK; r < Math.min(active.size(), (k + 1) * CHUNK); r++) {
                out.append("            case ").append(r).append(": return ")
                        .append(JavaConditionWriter.write(active.get(r).condition())).append(";\n");
            }
            out.append("            default: return false;\n        }\n    }\n\n");
        }
        return out.append("}\n").toString();
    }

    private static String presence(Operand o) {
        return switch (o) {
            case SALESFORCE_PREVIOUS_WORKLOAD -> "hasPreviousWorkload";
            case SALESFORCE_NEW_WORKLOAD -> "hasNewWorkload";
            case SALESFORCE_CONFIGURED_CAPACITY -> "hasConfiguredCapacity";
            case SALESFORCE_PREVIOUS_WORKLOAD_PCT -> "hasPreviousWorkloadPct";
            case SALESFORCE_NEW_WORKLOAD_PCT -> "hasNewWorkloadPct";
            default -> throw new IllegalArgumentException(o + " is not a number");
        };
    }

    /** The operand as {@code num, den} arguments of {@link Fired#bucket}. */
    private static String value(Operand o) {
        return switch (o) {
            case SALESFORCE_PREVIOUS_WORKLOAD -> "e.previousWorkload(), 1L";
            case SALESFORCE_NEW_WORKLOAD -> "e.newWorkload(), 1L";
            case SALESFORCE_CONFIGURED_CAPACITY -> "e.configuredCapacity(), 1L";
            case SALESFORCE_PREVIOUS_WORKLOAD_PCT -> "100L * e.previousWorkload(), e.configuredCapacity()";
            case SALESFORCE_NEW_WORKLOAD_PCT -> "100L * e.newWorkload(), e.configuredCapacity()";
            default -> throw new IllegalArgumentException(o + " is not a number");
        };
    }

    private static int[][] withEmptyFirst(List<List<Integer>> lists) {
        int[][] out = new int[lists.size() + 1][];
        out[0] = new int[0];
        for (int i = 0; i < lists.size(); i++) {
            out[i + 1] = ints(lists.get(i));
        }
        return out;
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
