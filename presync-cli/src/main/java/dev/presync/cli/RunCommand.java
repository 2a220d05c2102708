package dev.presync.cli;

import dev.presync.cli.events.ActionLines;
import dev.presync.cli.events.EventLineParser;
import dev.presync.cli.events.LineInput;
import dev.presync.cli.events.ParsedLine;
import dev.presync.cli.events.RuleTrace;
import dev.presync.cli.io.Inputs;
import dev.presync.cli.io.Outputs;
import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.compiler.diag.Problem;
import dev.presync.compiler.source.SourceDecoder;
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
            boolean bad = evaluate(ruleSet, tracer, new LineInput(in), Inputs.displayName(events), out, err);
            return bad ? Main.INPUT_ERRORS : Main.OK;
        }
    }

    /** Evaluates every line; returns whether any line was bad. */
    private static boolean evaluate(RuleSet ruleSet, RuleTrace tracer, LineInput input, String name, PrintWriter out,
                                    PrintWriter err)
            throws IOException {
        boolean bad = false;
        ActionLines lines = new ActionLines(out);
        for (byte[] bytes = input.next(); bytes != null; bytes = input.next()) {
            int number = input.lineNumber();
            ParsedLine parsed = parse(bytes);
            if (parsed == null) {
                continue; // blank
            }
            if (parsed instanceof ParsedLine.Event e) {
                if (tracer != null) {
                    tracer.event(name + ":" + number, e.event());
                }
                lines.actions(number, e.agent(), ruleSet.evaluate(e.event()));
            } else {
                ParsedLine.Bad b = (ParsedLine.Bad) parsed;
                bad = true;
                lines.error(number, b.agent(), b.message());
                lines.flush();
                out.flush();
                err.print(Problem.at(name, number, b.column(), text(bytes), b.message()).render());
                err.flush();
            }
            if (!input.hasBufferedInput()) {
                lines.flush();
                Outputs.check(out); // stop at once when stdout is gone, rather than evaluate into the void
            }
        }
        lines.flush();
        out.flush();
        return bad;
    }

    /** The line read, or null when blank; bad UTF-8 is a bad line pointing at the first bad byte. */
    private static ParsedLine parse(byte[] bytes) {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(bytes);
        if (!decoded.isValid()) {
            int column = decoded.text().codePointCount(0, decoded.badByteOffset()) + 1;
            return new ParsedLine.Bad(column, decoded.problem(), null);
        }
        if (decoded.text().isBlank()) {
            return null;
        }
        return EventLineParser.parse(decoded.text());
    }

    private static String text(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
