package dev.presync.cli;

import dev.presync.cli.adapter.AdapterJson;
import dev.presync.compiler.adapter.RuleImporter;
import dev.presync.cli.io.Inputs;
import dev.presync.cli.io.IoProblem;
import dev.presync.cli.io.Outputs;
import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.compiler.diag.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code presync import FILE}: turns an export of the adapter's {@code AC_PresenceSyncRule} records
 * into a rule file, then checks it, so what the adapter accepted but presync would refuse shows.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Converts an export of the adapter's AC_PresenceSyncRule records (a JSON array or CSV with the rule"
                + " form's columns: Name, Source, Operand A, Operand A Value, Comparator, Operand B, Operand B Value,"
                + " Destination, Value, Active) into a rule file, and checks it.",
                "Records that cannot convert are reported with their row; the others still convert.",
                "Exit status: 0 all converted and the result checks, 1 otherwise, 2 usage error."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The exported records (.json or .csv).")
    String file;

    @Option(names = {"-o", "--output"}, paramLabel = "RULES", description = "Write the rule file here instead of stdout.")
    String output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        try {
            String text = read();
            RuleImporter.Result result;
            try {
                result = RuleImporter.isJsonArray(text) ? RuleImporter.convert(file, AdapterJson.read(text))
                        : RuleImporter.convertCsv(file, text);
            } catch (RuleImporter.Unreadable e) {
                err.print(Problem.at(file, e.line, e.column, text.lines().skip(e.line - 1L).findFirst().orElse(""),
                        e.getMessage()).render());
                return Main.INPUT_ERRORS;
            }
            for (RuleImporter.Failure f : result.failures()) {
                err.print(Problem.atLine(file, f.line(), "row " + f.row()
                        + (f.name().isEmpty() ? "" : " ('" + f.name().replace("\r", "").replace("\n", "\\n") + "')") + " not imported: " + f.reason()).render());
            }
            Outputs.write(output, spec.commandLine().getOut(), w -> w.write(result.text()));
            Compilation check = PresyncCompiler.compile(output == null ? "<stdout>" : output, result.text());
            err.print(check.render());
            err.println("import: " + (result.records() - result.failures().size()) + " of " + result.records()
                    + " records converted" + (check.hasErrors() ? "; the rule file has errors (above)" : ""));
            return result.failures().isEmpty() && !check.hasErrors() ? Main.OK : Main.INPUT_ERRORS;
        } catch (IoProblem e) {
            err.println("presync: " + e.getMessage());
            return Main.USAGE;
        } finally {
            err.flush();
        }
    }

    private String read() {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Inputs.readFile(file))).toString();
        } catch (CharacterCodingException e) {
            throw IoProblem.reading(file, "it is not UTF-8 text");
        }
    }
}
