package dev.presync.bench;

import dev.presync.bench.engines.Contender;
import dev.presync.bench.workload.RuleSets;
import dev.presync.bench.workload.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Run by {@code bin/bench} before any timing: loads every engine at every size, checks each
 * against presync's interpreter on every event, and prints what each took to load (one cold
 * shot: a rough figure, not a benchmark). Exit status 1 when any engine disagrees.
 *
 * <p>Usage: {@code Check [SIZE...]} (default: all sizes).
 */
public final class Check {
    private Check() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes.addAll(RuleSets.SIZES);
        }
        boolean ok = true;
        for (int size : sizes) {
            Workload w = Workload.of(size);
            System.out.printf(Locale.ROOT, "%,d rules: %d events, %.3f actions per event, %.1f%% of events fire 2 or more%n",
                    size, w.events().length, w.firesPerEvent(), 100 * w.multiFireShare());
            for (Contender c : Contender.values()) {
                long start = System.nanoTime();
                try {
                    c.prepare(w);
                    System.out.printf(Locale.ROOT, "  %-20s agrees   (loaded and checked in %,.0f ms)%n", c.id(),
                            (System.nanoTime() - start) / 1e6);
                } catch (RuntimeException e) {
                    ok = false;
                    System.out.printf(Locale.ROOT, "  %-20s FAILS: %s%n", c.id(), e.getMessage());
                }
            }
        }
        if (!ok) {
            System.err.println("bench: an engine disagrees with presync's interpreter; nothing was timed");
            System.exit(1);
        }
    }
}
