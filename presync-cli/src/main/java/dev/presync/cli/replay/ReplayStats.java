package dev.presync.cli.replay;

/** Counts for replay's closing summary line: every input line is in exactly one of the first three. */
final class ReplayStats {
    long events;
    long ignored;
    long bad;
    long echoes;
    long unchanged;
    long sent;
    long skipped;
    long stopped;
    long failed;
    long oscillations;

    String summary() {
        return "replay: " + (events + ignored + bad) + " input lines: " + events + " events, " + ignored + " ignored, "
                + bad + " bad; " + echoes + " echoes, " + unchanged + " unchanged; commands: " + sent + " sent, "
                + skipped + " skipped, " + stopped + " stopped, " + failed + " failed; " + oscillations + " oscillations";
    }
}
