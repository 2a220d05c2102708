package dev.presync.flink.cli;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.Engine;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.flink.job.RuleSetVersion;
import dev.presync.flink.job.SyncJob;
import dev.presync.sync.SyncPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code replay} and {@code sync} share: the rules file, the engine's policy, the event-time bound. */
final class CommonOptions {
    @Parameters(index = "0", paramLabel = "RULES", description = "The rule file.")
    String rules;

    @Option(names = "--fire-on-echo",
            description = "Let the changes that come back from the engine's own commands fire rules (default: they only update state).")
    boolean fireOnEcho;

    @Option(names = "--chain-limit", paramLabel = "N", defaultValue = "" + SyncPolicy.DEFAULT_CHAIN_LIMIT,
            description = "Rule-caused commands one chain may send for one agent before it is stopped as an oscillation (default: ${DEFAULT-VALUE}).")
    int chainLimit;

    @Option(names = "--parallelism", paramLabel = "N", defaultValue = "1",
            description = "Parallel tasks for reading and for the keyed sync (default: ${DEFAULT-VALUE}).")
    int parallelism;

    @Option(names = "--out-of-orderness", paramLabel = "SECONDS", defaultValue = "5",
            description = "How far behind the newest event time an input's events may arrive without being late (default: ${DEFAULT-VALUE}).")
    long outOfOrderness;

    @Option(names = "--interpreted", description = "Run rules on the reference interpreter instead of compiled bytecode.")
    boolean interpreted;

    /** The usage problem with these options, or null. */
    String problem() {
        if (chainLimit < 1) {
            return "--chain-limit must be at least 1";
        }
        if (parallelism < 1) {
            return "--parallelism must be at least 1";
        }
        return outOfOrderness < 0 ? "--out-of-orderness cannot be negative" : null;
    }

    SyncJob.Options options() {
        return new SyncJob.Options(parallelism, Duration.ofSeconds(outOfOrderness), new SyncPolicy(!fireOnEcho, chainLimit),
                interpreted ? Engine.INTERPRETED : Engine.COMPILED);
    }

    /** The rules as version 1, after printing their diagnostics; null (with the exit status in {@code exit[0]}) when unusable. */
    RuleSetVersion readRules(PrintWriter err, int[] exit) {
        byte[] text;
        try {
            Path path = Path.of(rules);
            if (Files.isDirectory(path)) {
                err.println("presync-flink: cannot read " + rules + ": it is a directory");
                exit[0] = Main.USAGE;
                return null;
            }
            text = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            err.println("presync-flink: cannot read " + rules + ": no such file");
            exit[0] = Main.USAGE;
            return null;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            err.println("presync-flink: cannot read " + rules + ": " + e.getMessage());
            exit[0] = Main.USAGE;
            return null;
        }
        Compilation compilation = PresyncCompiler.compileBytes(rules, text);
        err.print(compilation.render());
        err.flush();
        if (compilation.hasErrors()) {
            exit[0] = Main.INPUT_ERRORS;
            return null;
        }
        return new RuleSetVersion(1, rules, text);
    }
}
