package dev.presync.bench;

import dev.presync.bench.workload.RuleSets;
import dev.presync.compiler.Compilation;
import dev.presync.compiler.Engine;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.runtime.RuleSet;
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

/**
 * Compile time on a warm JVM, one shot per iteration: rule text to a loaded, runnable compiled
 * rule set ({@code compileAndLoad}: parse, check, generate bytecode, define the hidden class),
 * and the front end alone ({@code parseAndCheck}) to show where the time goes.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 10)
@Measurement(iterations = 10)
public class CompileBenchmark {
    @Param({"10", "100", "1000", "10000"})
    public int rules;

    private String text;

    @Setup(Level.Trial)
    public void write() {
        text = RuleSets.text(rules);
    }

    @Benchmark
    public RuleSet compileAndLoad() {
        Compilation c = PresyncCompiler.compile("rules-" + rules + ".rules", text);
        return PresyncCompiler.load(c, Engine.COMPILED);
    }

    @Benchmark
    public Compilation parseAndCheck() {
        return PresyncCompiler.compile("rules-" + rules + ".rules", text);
    }
}
