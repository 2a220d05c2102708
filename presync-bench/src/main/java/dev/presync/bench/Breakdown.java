package dev.presync.bench;

import dev.presync.bench.engines.Contender;
import dev.presync.bench.engines.PreparedEngine;
import dev.presync.bench.workload.Workload;
import dev.presync.runtime.EventType;
import java.util.Locale;

/**
 * A diagnostic, not a benchmark: rough ns per event split by event type, to see where an
 * engine's time goes (System.nanoTime around each call, which adds ~20-30 ns; a long warm-up
 * first). JMH's figures are the ones to quote; this one says which event type makes them.
 *
 * <p>Usage: {@code Breakdown SIZE ENGINE[,ENGINE...]}
 */
public final class Breakdown {
    private static final int ROUNDS = 400;

    private Breakdown() {
    }

    public static void main(String[] args) {
        Workload w = Workload.of(Integer.parseInt(args[0]));
        for (String id : args[1].split(",")) {
            PreparedEngine engine = Contender.byId(id).prepare(w);
            Object[] inputs = new Object[w.events().length];
            for (int i = 0; i < inputs.length; i++) {
                inputs[i] = engine.input(w.events()[i]);
            }
            long[] nanos = new long[EventType.values().length];
            long[] counts = new long[nanos.length];
            long sink = 0;
            for (int round = 0; round < ROUNDS; round++) {
                boolean measure = round >= ROUNDS / 2;
                for (int i = 0; i < inputs.length; i++) {
                    long start = System.nanoTime();
                    sink += engine.evaluate(inputs[i]).size();
                    long took = System.nanoTime() - start;
                    if (measure) {
                        int type = w.events()[i].type().ordinal();
                        nanos[type] += took;
                        counts[type]++;
                    }
                }
            }
            for (EventType t : EventType.values()) {
                System.out.printf(Locale.ROOT, "%s\t%,d\t%s\t%,.0f ns%n", id, w.size(), t.spelling(),
                        nanos[t.ordinal()] / (double) Math.max(1, counts[t.ordinal()]));
            }
            if (sink == 42) {
                System.out.println();
            }
        }
    }
}
