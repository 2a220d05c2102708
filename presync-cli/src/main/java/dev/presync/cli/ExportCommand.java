package dev.presync.cli;

import dev.presync.cli.adapter.AdapterJson;
import dev.presync.compiler.adapter.AdapterRecordWriter;
import dev.presync.compiler.adapter.RuleExporter;
import dev.presync.cli.io.IoProblem;
import dev.presync.cli.io.Outputs;
import dev.presync.compiler.Compilation;
import dev.presync.compiler.diag.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code presync export RULES}: writes the adapter's {@code AC_PresenceSyncRule} records for every
 * rule it can express, and names each rule it cannot.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a rule file as the adapter's AC_PresenceSyncRule records (CSV, or a JSON array), for every"
                + " rule the adapter can express (one comparison); names each rule it cannot on stderr.",
                "Exit status: 0 every rule exported, 1 a rule could not be or the rules have errors, 2 usage error."})
final class ExportCommand implements Callable<Integer> {
    enum Format { csv, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RULES", description = "The rule file.")
    String rules;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the records here instead of stdout.")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Compilation compilation = RuleFiles.compile(rules);
            err.print(compilation.render());
            if (compilation.hasErrors()) {
                return Main.INPUT_ERRORS;
            }
            RuleExporter.Result result = RuleExporter.export(compilation.ruleSet());
            Outputs.write(output, spec.commandLine().getOut(), w -> {
                if (format == Format.json) {
                    AdapterJson.write(result.records(), w);
                } else {
                    AdapterRecordWriter.csv(result.records(), w);
                }
            });
            for (RuleExporter.Refusal r : result.refusals()) {
                err.print(Problem.atLine(rules, r.rule().line(), "rule " + r.rule().label() + " cannot be exported: " + r.reason()).render());
            }
            return result.refusals().isEmpty() ? Main.OK : Main.INPUT_ERRORS;
        } catch (IoProblem e) {
            err.println("presync: " + e.getMessage());
            return Main.USAGE;
        } finally {
            err.flush();
        }
    }
}
