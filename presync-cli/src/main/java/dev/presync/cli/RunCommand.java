package dev.presync.cli;

import dev.presync.cli.events.EventRun;
import dev.presync.cli.events.RuleTrace;
import dev.presync.cli.io.Inputs;
import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.runtime.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code presync run RULES --events EVENTS}: evaluates each event line and prints one JSON line
 * per non-blank input line, as it goes; memory stays flat for a stream of any length.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Evaluates rules on a stream of events (JSON lines) and prints the actions of each as a JSON line.",
                "Exit status: 0 all lines fine, 1 a bad line or errors in the rules, 2 usage error."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    PresyncCommand parent;

    @Parameters(index = "0", paramLabel = "RULES", description = "The rule file.")
    String rules;

    @Option(names = "--events", required = true, paramLabel = "EVENTS",
            description = "Events as JSON lines, e.g. {\"event\":\"ConnectAgentStateChange\",\"ConnectNewState\":\"Lunch\"}; - reads stdin.")
    String events;

    @Mixin
    EngineOption engineOption;

    @Option(names = "--trace", description = "Also print on stderr, for every event, each rule tried and why it fired or not.")
    boolean trace;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleFiles.Reported reported = RuleFiles.compileAndReport(rules, err);
        if (!reported.ok()) {
            return reported.exit();
        }
        Compilation compilation = reported.compilation();
        RuleSet ruleSet = PresyncCompiler.load(compilation, engineOption.engine());
        try (InputStream in = Inputs.open(events, parent.stdin())) {
            RuleTrace tracer = trace ? new RuleTrace(compilation.ruleSet(), err) : null;
            boolean bad = EventRun.run(ruleSet, tracer, in, Inputs.displayName(events), out, err);
            return bad ? Main.INPUT_ERRORS : Main.OK;
        }
    }
}
