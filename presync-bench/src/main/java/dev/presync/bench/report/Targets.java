package dev.presync.bench.report;

import java.util.Locale;

/**
 * The targets, checked against one run's figures. They are reported, never asserted:
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
            if (!Double.isNaN(c.bytesPerEvent())) {
                maxBytes = Math.max(maxBytes, c.bytesPerEvent());
            }
        }
        row(s, "presync compiled within 1.3× of hand-written Java at every size",
                String.format(Locale.ROOT, "worst %.2f× (at %s rules)", worstJava, worstJavaAt), worstJava <= 1.3);
        if (worstPeer < Double.MAX_VALUE) {
            row(s, "≥ 5× faster than the fastest peer at every size",
                    String.format(Locale.ROOT, "worst %.1f× (at %s rules)", worstPeer, worstPeerAt), worstPeer >= 5);
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
        row(s, "0 bytes allocated per event on the compiled path",
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
