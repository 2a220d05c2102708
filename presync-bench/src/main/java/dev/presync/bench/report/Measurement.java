package dev.presync.bench.report;

/**
 * One engine at one size, as read from JMH's JSON result.
 *
 * @param nsError         JMH's 99.9% confidence half-width, NaN when a run had too few iterations
 * @param bytesPerEvent   gc.alloc.rate.norm, NaN when the run had no {@code -prof gc}
 */
record Measurement(String engine, int rules, double nsPerEvent, double nsError, double bytesPerEvent) {
}
