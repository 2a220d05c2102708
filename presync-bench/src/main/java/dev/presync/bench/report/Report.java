package dev.presync.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns {@code bin/bench}'s raw results into the Markdown it prints: the engine × size table
 * (ns/event, ratio to hand-written Java measured in the same run, B/event), the targets
 * met or missed, and the compile, cold-start and Metaspace figures when they were measured.
 *
 * <p>Usage: {@code Report --evaluate JMH.json [--compile JMH.json] [--cold TSV] [--footprint TSV] [--json OUT]}
 */
public final class Report {
    static final String JAVA = "java";
    static final String COMPILED = "presync-compiled";
    static final String SINK = "presync-sink";
    static final List<String> ENGINE_ORDER = List.of(JAVA, COMPILED, SINK, "presync-interpreted", "spel", "aviator",
            "mvel", "jexl", "cel", "drools");
    static final List<String> PEERS = List.of("spel", "aviator", "mvel", "jexl", "cel", "drools");

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        List<Measurement> ms = JmhResults.evaluations(Path.of(opts.get("--evaluate")));
        Trend.warnings(JmhResults.entries(Path.of(opts.get("--evaluate")), "evaluate")).forEach(System.err::println);
        StringBuilder out = new StringBuilder();
        Table table = new Table(ms);
        out.append(table.markdown()).append('\n').append(Targets.markdown(table, compile10k(opts)));
        if (opts.containsKey("--compile")) {
            out.append('\n').append(compileTable(Path.of(opts.get("--compile"))));
        }
        if (opts.containsKey("--cold")) {
            out.append('\n').append(tsvTable(Path.of(opts.get("--cold")),
                    "Cold JVM `bin/presync compile` (wall clock, one JVM per run, median of the runs)",
                    List.of("rules", "ms")));
        }
        if (opts.containsKey("--footprint")) {
            out.append('\n').append(tsvTable(Path.of(opts.get("--footprint")),
                    "Metaspace per loaded rule set (MemoryPoolMXBean 'Metaspace' used, delta over N loads kept alive)",
                    List.of("engine", "rules", "loads", "KiB per set", "classes per set")));
        }
        Ingestion ingestion = null;
        if (opts.containsKey("--ingest-inputs")) {
            ingestion = Ingestion.read(Path.of(opts.get("--ingest-inputs")), path(opts, "--ingest"), path(opts, "--ingest-cold"));
            out.append('\n').append(ingestion.markdown());
        }
        System.out.print(out);
        if (opts.containsKey("--json")) {
            Files.writeString(Path.of(opts.get("--json")), json(table, ingestion));
        }
    }

    private static Path path(Map<String, String> opts, String key) {
        return opts.containsKey(key) ? Path.of(opts.get(key)) : null;
    }

    private static double compile10k(Map<String, String> opts) throws IOException {
        if (!opts.containsKey("--compile")) {
            return Double.NaN;
        }
        for (double[] row : JmhResults.singleShots(Path.of(opts.get("--compile")), "compileAndLoad")) {
            if ((int) row[0] == 10_000) {
                return row[1];
            }
        }
        return Double.NaN;
    }

    private static String compileTable(Path file) throws IOException {
        Map<Integer, double[]> full = new java.util.TreeMap<>();
        Map<Integer, double[]> front = new java.util.TreeMap<>();
        JmhResults.singleShots(file, "compileAndLoad").forEach(r -> full.put((int) r[0], r));
        JmhResults.singleShots(file, "parseAndCheck").forEach(r -> front.put((int) r[0], r));
        StringBuilder s = new StringBuilder("Compile time, warm JVM, single shot (JMH SingleShotTime, ms):\n\n"
                + "| rules | text → loaded compiled rule set | of which parse + check |\n|---:|---:|---:|\n");
        for (int rules : new TreeSet<>(full.keySet())) {
            double[] f = full.get(rules);
            double[] p = front.get(rules);
            s.append(String.format(Locale.ROOT, "| %,d | %s | %s |%n", rules, withError(f[1], f[2]),
                    p == null ? "" : withError(p[1], p[2])));
        }
        return s.toString();
    }

    private static String withError(double score, double error) {
        return Double.isNaN(error) ? String.format(Locale.ROOT, "%.2f", score)
                : String.format(Locale.ROOT, "%.2f ± %.2f", score, error);
    }

    private static String tsvTable(Path file, String title, List<String> header) throws IOException {
        StringBuilder s = new StringBuilder(title).append(":\n\n| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> s.append("---:|"));
        s.append('\n');
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                List<String> cells = new ArrayList<>();
                for (String cell : line.split("\t")) {
                    cells.add(cell.matches("\\d{4,}") ? String.format(Locale.ROOT, "%,d", Long.parseLong(cell)) : cell);
                }
                s.append("| ").append(String.join(" | ", cells)).append(" |\n");
            }
        }
        return s.toString();
    }

    private static String json(Table table, Ingestion ingestion) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (Measurement m : table.ordered()) {
            ObjectNode o = array.addObject();
            o.put("engine", m.engine());
            o.put("rules", m.rules());
            o.put("ns_per_event", m.nsPerEvent());
            double ratio = table.ratioToJava(m);
            if (Double.isNaN(ratio)) {
                o.putNull("ratio_to_java");
            } else {
                o.put("ratio_to_java", ratio);
            }
            if (Double.isNaN(m.bytesPerEvent())) {
                o.putNull("bytes_per_event");
            } else {
                o.put("bytes_per_event", m.bytesPerEvent());
            }
        }
        if (ingestion != null) {
            ingestion.json(array);
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n";
    }

    /** The measurements arranged engine × size. */
    static final class Table {
        private final Map<String, Map<Integer, Measurement>> cells = new LinkedHashMap<>();
        final TreeSet<Integer> sizes = new TreeSet<>();

        Table(List<Measurement> ms) {
            for (String e : ENGINE_ORDER) {
                for (Measurement m : ms) {
                    if (m.engine().equals(e)) {
                        cells.computeIfAbsent(e, k -> new LinkedHashMap<>()).put(m.rules(), m);
                        sizes.add(m.rules());
                    }
                }
            }
            for (Measurement m : ms) {
                if (!ENGINE_ORDER.contains(m.engine())) {
                    cells.computeIfAbsent(m.engine(), k -> new LinkedHashMap<>()).put(m.rules(), m);
                    sizes.add(m.rules());
                }
            }
        }

        Measurement get(String engine, int rules) {
            return cells.getOrDefault(engine, Map.of()).get(rules);
        }

        List<Measurement> ordered() {
            List<Measurement> out = new ArrayList<>();
            cells.values().forEach(bySize -> sizes.forEach(s -> {
                if (bySize.containsKey(s)) {
                    out.add(bySize.get(s));
                }
            }));
            return out;
        }

        double ratioToJava(Measurement m) {
            Measurement java = get(JAVA, m.rules());
            return java == null ? Double.NaN : m.nsPerEvent() / java.nsPerEvent();
        }

        String markdown() {
            StringBuilder s = new StringBuilder("ns/event (± 99.9% CI) · ratio to hand-written Java · bytes allocated/event\n\n| engine |");
            sizes.forEach(n -> s.append(String.format(Locale.ROOT, " %,d rules |", n)));
            s.append("\n|---|");
            sizes.forEach(n -> s.append("---:|"));
            s.append('\n');
            cells.forEach((engine, bySize) -> {
                s.append("| ").append(engine).append(" |");
                for (int n : sizes) {
                    Measurement m = bySize.get(n);
                    s.append(' ').append(m == null ? "–" : cell(m)).append(" |");
                }
                s.append('\n');
            });
            return s.toString();
        }

        private String cell(Measurement m) {
            String ns = Double.isNaN(m.nsError()) ? format(m.nsPerEvent())
                    : format(m.nsPerEvent()) + " ± " + format(m.nsError());
            String bytes = Double.isNaN(m.bytesPerEvent()) ? "? B" : String.format(Locale.ROOT, "%.0f B", m.bytesPerEvent());
            return ns + " ns · " + String.format(Locale.ROOT, "%.2f×", ratioToJava(m)) + " · " + bytes;
        }

        static String format(double ns) {
            if (ns >= 100) {
                return String.format(Locale.ROOT, "%,.0f", ns);
            }
            return String.format(Locale.ROOT, ns >= 10 ? "%.1f" : "%.2f", ns);
        }
    }
}
