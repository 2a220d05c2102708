package dev.presync.bench;

import dev.presync.bench.engines.Contender;
import dev.presync.bench.engines.PreparedEngine;
import dev.presync.bench.workload.Workload;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Nanoseconds per event: one operation evaluates one event, the next of 1,024 pre-generated ones
 * in the engine's input form, and hands the actions to a Blackhole ({@code presync-sink}: the
 * sink API, which hands over each action and the count). Before the first operation
 * the engine must reproduce the interpreter's actions for every event, or the trial fails.
 * Each engine runs in its own fork, so every call site sees one engine only.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class EvaluateBenchmark {
    @Param({"java", "presync-compiled", "presync-sink", "presync-interpreted", "spel", "aviator", "mvel", "jexl", "cel", "drools"})
    public String engine;

    @Param({"10", "100", "1000", "10000"})
    public int rules;

    /** The longest warm-up before JMH's own (see {@link #warmUntilSteady}). */
    static final long MAX_WARM_SECONDS = 60;

    private PreparedEngine prepared;
    private Object[] inputs;
    private int next;

    @Setup(Level.Trial)
    public void load(Blackhole bh) {
        Workload w = Workload.of(rules);
        prepared = Contender.byId(engine).prepare(w);
        prepared.handTo(bh);
        inputs = new Object[w.events().length];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = prepared.input(w.events()[i]);
        }
        warmUntilSteady(bh);
    }

    /**
     * Large rule sets are thousands of methods that each get hot slowly, and the JIT compiles them
     * one by one on compiler threads that a loaded machine starves: a fixed warm-up ended before
     * the hand-written Java at 10,000 rules was compiled (a quick run read 0.01x). So from 1,000
     * rules on, the trial first runs the events in rounds of half a second until the JIT has
     * compiled nothing for two rounds in a row (its total compilation time stands still), at most
     * {@link #MAX_WARM_SECONDS}; then JMH's own warm-up and measurement follow. The report still
     * warns when the measured iterations trend ({@code report/Trend}).
     */
    private void warmUntilSteady(Blackhole bh) {
        if (rules < 1_000) {
            return;
        }
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return;
        }
        long deadline = System.nanoTime() + MAX_WARM_SECONDS * 1_000_000_000L;
        long compiled = jit.getTotalCompilationTime();
        int quietRounds = 0;
        while (quietRounds < 2 && System.nanoTime() < deadline) {
            long start = System.nanoTime();
            do {
                for (Object input : inputs) {
                    prepared.run(input, bh);
                }
            } while (System.nanoTime() - start < 500_000_000L);
            long now = jit.getTotalCompilationTime();
            quietRounds = now == compiled ? quietRounds + 1 : 0;
            compiled = now;
        }
    }

    @Benchmark
    public void evaluate(Blackhole bh) {
        int i = next;
        next = (i + 1) & (inputs.length - 1);
        prepared.run(inputs[i], bh);
    }
}
