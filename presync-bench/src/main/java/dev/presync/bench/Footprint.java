package dev.presync.bench;

import dev.presync.bench.engines.Contender;
import dev.presync.bench.engines.PreparedEngine;
import dev.presync.bench.workload.Workload;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.MemoryPoolMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Metaspace per loaded rule set: loads one engine with one rule set N times, keeps every copy
 * alive, and divides the growth of Metaspace (and of the loaded-class count) by N. One warm-up
 * load first, so the engine's own classes are already counted out. Each copy is checked against
 * the interpreter, which also runs its code, so method profiles are part of the figure.
 *
 * <p>Usage: {@code Footprint ENGINE[,ENGINE...] SIZE[,SIZE...]}; prints one tab-separated line per pair.
 */
public final class Footprint {
    private Footprint() {
    }

    public static void main(String[] args) {
        for (String engine : args[0].split(",")) {
            for (String size : args[1].split(",")) {
                measure(Contender.byId(engine), Workload.of(Integer.parseInt(size)));
            }
        }
    }

    private static void measure(Contender engine, Workload w) {
        int loads = loads(engine, w.size());
        PreparedEngine warmUp = engine.prepare(w); // kept alive to the end: its unloading must not offset the count
        settle();
        long metaBefore = metaspaceUsed();
        long classesBefore = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        List<PreparedEngine> alive = new ArrayList<>();
        for (int i = 0; i < loads; i++) {
            alive.add(engine.prepare(w));
        }
        settle();
        long meta = metaspaceUsed() - metaBefore;
        long classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount() - classesBefore;
        System.out.printf(Locale.ROOT, "%s\t%,d\t%d\t%,.0f\t%,.1f%n", engine.id(), w.size(), alive.size(),
                meta / 1024.0 / loads, classes / (double) loads);
        Reference.reachabilityFence(warmUp);
        Reference.reachabilityFence(alive);
    }

    /** Enough copies to see past noise, few enough for the slow loaders. */
    private static int loads(Contender engine, int size) {
        if (engine == Contender.PRESYNC_COMPILED || engine == Contender.PRESYNC_INTERPRETED) {
            return size >= 10_000 ? 5 : 20;
        }
        return size >= 10_000 ? 1 : size >= 1_000 ? 2 : 5;
    }

    private static void settle() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static long metaspaceUsed() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals("Metaspace")) {
                return pool.getUsage().getUsed();
            }
        }
        throw new IllegalStateException("this JVM reports no Metaspace pool");
    }
}
