package dev.presync.bench.report;

import java.util.Locale;

/**
 * The targets of issue 12 (and round one's growth, peer-at-10,000 and compile-time targets),
 * checked against one run's figures. They are reported, never asserted:
 * a miss is printed with its size, not hidden.
 */
final class Targets {
    private Targets() {
    }

    static String markdown(Report.Table t, double compile10kMillis) {
        StringBuilder s = new StringBuilder("Targets (from this run):\n\n| target | measured | verdict |\n|---|---|---|\n");
        double worstJava = 0;
        String worstJavaAt = "";
        double worstPeer = Double.MAX_VALUE;
        String worstPeerAt = "";
        Double peerAt10k = null;
        double maxBytes = 0;
        for (int n : t.sizes) {
            Measurement c = t.get(Report.COMPILED, n);
            if (c == null) {
                continue;
            }
            double r = t.ratioToJava(c);
            if (r > worstJava) {
                worstJava = r;
                worstJavaAt = String.format(Locale.ROOT, "%,d", n);
            }
            double fastestPeer = Double.MAX_VALUE;
            for (String p : Report.PEERS) {
                Measurement m = t.get(p, n);
                if (m != null) {
                    fastestPeer = Math.min(fastestPeer, m.nsPerEvent());
                }
            }
            if (fastestPeer < Double.MAX_VALUE) {
                double speedup = fastestPeer / c.nsPerEvent();
                if (speedup < worstPeer) {
                    worstPeer = speedup;
                    worstPeerAt = String.format(Locale.ROOT, "%,d", n);
                }
                if (n == 10_000) {
                    peerAt10k = speedup;
                }
            }
            Measurement sink = t.get(Report.SINK, n);
            Measurement allocationFree = sink != null ? sink : c;
            if (!Double.isNaN(allocationFree.bytesPerEvent())) {
                maxBytes = Math.max(maxBytes, allocationFree.bytesPerEvent());
            }
        }
        row(s, "presync compiled at or under 1.0× hand-written Java at every size",
                String.format(Locale.ROOT, "worst %.2f× (at %s rules)", worstJava, worstJavaAt), worstJava <= 1.0);
        if (worstPeer < Double.MAX_VALUE) {
            row(s, "≥ 10× faster than the fastest peer at every size",
                    String.format(Locale.ROOT, "worst %.1f× (at %s rules)", worstPeer, worstPeerAt), worstPeer >= 10);
        }
        if (peerAt10k != null) {
            row(s, "≥ 100× faster than the fastest peer at 10,000 rules",
                    String.format(Locale.ROOT, "%.1f×", peerAt10k), peerAt10k >= 100);
        }
        Measurement small = t.get(Report.COMPILED, 10);
        Measurement large = t.get(Report.COMPILED, 10_000);
        if (small != null && large != null) {
            double growth = large.nsPerEvent() / small.nsPerEvent();
            row(s, "cost per event at 10,000 rules ≤ 2× that at 10",
                    String.format(Locale.ROOT, "%.1f×", growth), growth <= 2);
        }
        row(s, "0 bytes allocated per event at every size (the sink API when measured)",
                String.format(Locale.ROOT, "at most %.1f B/event", maxBytes), maxBytes < 0.5);
        if (!Double.isNaN(compile10kMillis)) {
            row(s, "compile 10,000 rules in under 1 s, warm JVM",
                    String.format(Locale.ROOT, "%.0f ms", compile10kMillis), compile10kMillis < 1000);
        }
        return s.toString();
    }

    private static void row(StringBuilder s, String target, String measured, boolean met) {
        s.append("| ").append(target).append(" | ").append(measured).append(" | ").append(met ? "met" : "**missed**")
                .append(" |\n");
    }
}
