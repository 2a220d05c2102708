package dev.presync.bench.ingest;

import dev.presync.cli.events.EventRun;
import dev.presync.cli.io.StdoutWriter;
import dev.presync.cli.replay.Replay;
import dev.presync.compiler.Compilation;
import dev.presync.compiler.Engine;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.runtime.RuleSet;
import dev.presync.sync.SyncPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Milliseconds to ingest a whole input on a warm JVM, two ways: {@link #parse}, the bare Jackson
 * streaming parse of the bytes ({@link BareParse}, the practical limit), and {@link #command}, what
 * {@code presync run} (input {@code events}) or {@code presync replay} (input {@code day}) does
 * with them, through the same library entry points the CLI calls, writing to the CLI's own stdout
 * writer over a stream that discards the bytes after they are encoded. Both read from memory, so
 * neither pays for the disk. Before timing, the command must write something, and read the event
 * stream without a bad line, or the trial fails.
 *
 * <p>The two are timed as a pair, not as two benchmarks: on the shared machine this runs on,
 * everything slows by about 1.6× for stretches of several seconds, and JMH runs one benchmark's
 * forks minutes after the other's, so a slow stretch under one and not the other moved their
 * ratio from 1.35 to 1.8. Each invocation of {@link #paired} runs one whole pass of each, in the
 * same thread, timing each with {@link System#nanoTime}, and swaps which goes first every time
 * (parse, command; command, parse; ...), so neither always pays for the other's garbage or
 * benefits from a warm cache. A slow stretch then lands on both sides of nearly every pair. The
 * sums go to {@link Passes}, JMH's auxiliary counters, which the report divides: command
 * nanoseconds over parse nanoseconds is the ratio. The primary score is the pair's time, and
 * {@code -prof gc}'s {@code gc.alloc.rate.norm} the pair's allocation; {@link CpuPasses} gives
 * each side's alone.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
public class IngestBenchmark {
    @Param({"events", "day"})
    public String input;

    /** Where {@link IngestInputs} wrote the files; empty: write them to a temporary directory first. */
    @Param({""})
    public String dir;

    private List<byte[]> files;
    private Compilation compilation;
    private RuleSet rules;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path d = dir.isEmpty() ? Files.createTempDirectory("presync-ingest") : Path.of(dir);
        if (dir.isEmpty() || !Files.exists(IngestInputs.rules(d))) {
            IngestInputs.write(d);
        }
        files = new ArrayList<>();
        for (String f : input.equals("events") ? List.of("events.jsonl") : List.of("connect.jsonl", "salesforce.jsonl")) {
            files.add(Files.readAllBytes(d.resolve(f)));
        }
        compilation = PresyncCompiler.compile(IngestInputs.rules(d).toString(), Files.readString(IngestInputs.rules(d)));
        if (compilation.hasErrors()) {
            throw new IllegalStateException(compilation.render());
        }
        rules = PresyncCompiler.load(compilation, Engine.COMPILED);
        Counting counted = new Counting();
        boolean bad = command(counted);
        if (input.equals("events") && bad || counted.bytes == 0) {
            // The day holds a few bad lines on purpose, as real recordings do; the event stream holds none.
            throw new IllegalStateException(input + ": the command found a bad line or wrote nothing");
        }
    }

    /** Per iteration: nanoseconds spent in each side's passes, and how many pairs of passes ran. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Passes {
        public long parseNanos;
        public long commandNanos;
        public long pairs;

        /** JMH keeps the fields across iterations; each iteration's figures must be its own. */
        @Setup(Level.Iteration)
        public void reset() {
            parseNanos = 0;
            commandNanos = 0;
            pairs = 0;
        }
    }

    private boolean parseFirst;

    @Benchmark
    public void paired(Passes passes, Blackhole bh) throws IOException {
        parseFirst = !parseFirst;
        if (parseFirst) {
            passes.parseNanos += timeParse(bh);
            passes.commandNanos += timeCommand(bh);
        } else {
            passes.commandNanos += timeCommand(bh);
            passes.parseNanos += timeParse(bh);
        }
        passes.pairs++;
    }

    private long timeParse(Blackhole bh) throws IOException {
        long start = System.nanoTime();
        bh.consume(parse());
        return System.nanoTime() - start;
    }

    private long timeCommand(Blackhole bh) throws IOException {
        long start = System.nanoTime();
        bh.consume(command());
        return System.nanoTime() - start;
    }

    /** One whole pass of the bare parse over the input; the sum depends on every token. */
    public long parse() throws IOException {
        long sum = 0;
        for (byte[] f : files) {
            sum += BareParse.parse(f);
        }
        return sum;
    }

    /** One whole pass of the command over the input; whether any line was bad. */
    public boolean command() throws IOException {
        return command(OutputStream.nullOutputStream());
    }

    /** Runs the command over the input; returns whether any line was bad. */
    private boolean command(OutputStream sink) throws IOException {
        PrintWriter out = StdoutWriter.over(sink);
        PrintWriter err = new PrintWriter(OutputStream.nullOutputStream());
        if (input.equals("events")) {
            return EventRun.run(rules, null, new ByteArrayInputStream(files.get(0)), "events.jsonl", out, err);
        }
        return Replay.run(rules, compilation.ruleSet(), new SyncPolicy(true, SyncPolicy.DEFAULT_CHAIN_LIMIT), false,
                new Replay.Input("connect.jsonl", new ByteArrayInputStream(files.get(0))),
                new Replay.Input("salesforce.jsonl", new ByteArrayInputStream(files.get(1))), out, err);
    }

    /** Counts what the command writes, to prove in set-up that it writes at all. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
