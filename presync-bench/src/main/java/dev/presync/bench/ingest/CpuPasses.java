package dev.presync.bench.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ingestion figures by CPU time instead of wall clock, for a machine too busy for JMH's wall
 * clock to mean much: 12 whole passes of {@code parse} or {@code command} over one input on this
 * thread, timed by {@link ThreadMXBean#getCurrentThreadCpuTime}, and the median of the last 6
 * (the first are warm-up). Time spent waiting for a core is not counted; GC threads are not either.
 * It also prints the bytes the last pass allocated on this thread, exact and independent of load
 * (what {@code IngestBenchmark -prof gc} reports as {@code gc.alloc.rate.norm}).
 *
 * <p>Usage: {@code java -Xms1g -Xmx1g -XX:+AlwaysPreTouch … CpuPasses DIR events|day parse|command},
 * DIR as {@link IngestInputs} wrote it. Pre-touch the heap: the first time the JVM writes a heap
 * page it faults, the fault counts as this thread's CPU time, and a side that allocates little
 * (run's command, about 59 MB a pass) is still faulting in fresh pages at the twelfth pass, which
 * once made it read 4× its warm cost.
 */
public final class CpuPasses {
    private CpuPasses() {
    }

    public static void main(String[] args) throws Exception {
        IngestBenchmark b = new IngestBenchmark();
        b.dir = args[0];
        b.input = args[1];
        b.load();
        boolean parse = args[2].equals("parse");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> ms = new ArrayList<>();
        long allocated = 0;
        for (int i = 0; i < 12; i++) {
            long bytes = allocatedBytes(threads);
            long start = threads.getCurrentThreadCpuTime();
            if (parse) {
                b.parse();
            } else {
                b.command();
            }
            ms.add((threads.getCurrentThreadCpuTime() - start) / 1_000_000);
            allocated = allocatedBytes(threads) - bytes;
        }
        List<Long> last = new ArrayList<>(ms.subList(6, 12));
        Collections.sort(last);
        System.out.println(args[1] + " " + args[2] + ": CPU ms per pass " + ms + ", median of the last 6: "
                + (last.get(2) + last.get(3)) / 2.0 + ", allocated in the last: " + allocated + " B");
    }

    /** Bytes allocated by this thread so far, or 0 where the JVM does not count them. */
    private static long allocatedBytes(ThreadMXBean threads) {
        return threads instanceof com.sun.management.ThreadMXBean t ? t.getCurrentThreadAllocatedBytes() : 0;
    }
}
