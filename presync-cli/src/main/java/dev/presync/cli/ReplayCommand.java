package dev.presync.cli;

import dev.presync.cli.io.Inputs;
import dev.presync.cli.replay.Replay;
import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.sync.SyncPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code presync replay RULES --connect FILE --salesforce FILE}: runs the sync engine over recorded
 * Amazon Connect agent events and Omni-Channel events, merged by time, and prints each command.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replays Amazon Connect Agent Event Stream records and Omni-Channel events through the sync engine,"
                + " merged by time, and prints one JSON line per command sent (and per oscillation stopped).",
                "The two systems are simulated: each command takes effect at once and comes back as an echo.",
                "Exit status: 0 all lines fine, 1 a bad line or errors in the rules, 2 usage error."})
final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    PresyncCommand parent;

    @Parameters(index = "0", paramLabel = "RULES", description = "The rule file.")
    String rules;

    @Mixin
    EngineOption engineOption;

    @Option(names = "--connect", paramLabel = "FILE",
            description = "Agent Event Stream records (the Kinesis JSON), one per line; - reads stdin.")
    String connect;

    @Option(names = "--salesforce", paramLabel = "FILE",
            description = "Omni-Channel events as JSON lines, e.g. {\"time\":\"2026-11-24T09:00:00Z\",\"agent\":\"jdoe\","
                    + "\"type\":\"omniChannelStatusChanged\",\"statusApiName\":\"Lunch\",\"reason\":\"OmniManualStatusChange\"}; - reads stdin.")
    String salesforce;

    @Option(names = "--trace", description = "Also print on stderr, for every event, each rule tried and why it fired or not.")
    boolean trace;

    @Option(names = "--fire-on-echo",
            description = "Let the changes that come back from the engine's own commands fire rules (default: they only update state).")
    boolean fireOnEcho;

    @Option(names = "--chain-limit", paramLabel = "N", defaultValue = "" + SyncPolicy.DEFAULT_CHAIN_LIMIT,
            description = "Rule-caused commands one chain may send for one agent before it is stopped as an oscillation (default: ${DEFAULT-VALUE}).")
    int chainLimit;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (connect == null && salesforce == null) {
            err.println("presync: replay needs --connect FILE, --salesforce FILE or both");
            return Main.USAGE;
        }
        if (chainLimit < 1 || "-".equals(connect) && "-".equals(salesforce)) {
            err.println("presync: " + (chainLimit < 1 ? "--chain-limit must be at least 1" : "only one input can read stdin"));
            return Main.USAGE;
        }
        RuleFiles.Reported reported = RuleFiles.compileAndReport(rules, err);
        if (!reported.ok()) {
            return reported.exit();
        }
        Compilation compilation = reported.compilation();
        try (InputStream c = open(connect); InputStream s = open(salesforce)) {
            boolean bad = Replay.run(PresyncCompiler.load(compilation, engineOption.engine()), compilation.ruleSet(),
                    new SyncPolicy(!fireOnEcho, chainLimit), trace, input(connect, c), input(salesforce, s), out, err);
            return bad ? Main.INPUT_ERRORS : Main.OK;
        }
    }

    private static Replay.Input input(String name, InputStream in) {
        return name == null ? null : new Replay.Input(Inputs.displayName(name), in);
    }

    private InputStream open(String name) {
        return name == null ? null : Inputs.open(name, parent.stdin());
    }
}
