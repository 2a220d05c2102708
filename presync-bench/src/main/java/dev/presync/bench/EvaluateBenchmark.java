package dev.presync.bench;

import dev.presync.bench.engines.Contender;
import dev.presync.bench.engines.PreparedEngine;
import dev.presync.bench.workload.Workload;
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
 * sink API, which returns nothing to hand over but the last action). Before the first operation
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

    private PreparedEngine prepared;
    private Object[] inputs;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        Workload w = Workload.of(rules);
        prepared = Contender.byId(engine).prepare(w);
        inputs = new Object[w.events().length];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = prepared.input(w.events()[i]);
        }
    }

    @Benchmark
    public void evaluate(Blackhole bh) {
        int i = next;
        next = (i + 1) & (inputs.length - 1);
        bh.consume(prepared.run(inputs[i]));
    }
}
