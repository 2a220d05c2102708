package dev.presync.cli;

import dev.presync.cli.adapter.RuleImporter;
import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.compiler.diag.DiagnosticRenderer;
import dev.presync.compiler.diag.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
                result = RuleImporter.convert(file, text);
            } catch (RuleImporter.Unreadable e) {
                err.print(DiagnosticRenderer.render(file, e.line, e.column, text.lines().skip(e.line - 1L).findFirst().orElse(""),
                        1, Severity.ERROR, e.getMessage(), null));
                return Main.INPUT_ERRORS;
            }
            for (RuleImporter.Failure f : result.failures()) {
                err.println(file + ":" + f.line() + ": error: row " + f.row()
                        + (f.name().isEmpty() ? "" : " ('" + f.name().replace("\r", "").replace("\n", "\\n") + "')") + " not imported: " + f.reason());
            }
            OutputFile.write(output, spec.commandLine().getOut(), w -> w.write(result.text()));
            Compilation check = PresyncCompiler.compile(output == null ? "<stdout>" : output, result.text());
            err.print(check.render());
            err.println("import: " + (result.records() - result.failures().size()) + " of " + result.records()
                    + " records converted" + (check.hasErrors() ? "; the rule file has errors (above)" : ""));
            return result.failures().isEmpty() && !check.hasErrors() ? Main.OK : Main.INPUT_ERRORS;
        } catch (UsageException e) {
            err.println("presync: " + e.getMessage());
            return Main.USAGE;
        } finally {
            err.flush();
        }
    }

    private String read() throws UsageException {
        try {
            byte[] bytes = Files.readAllBytes(Path.of(file));
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot read " + file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new UsageException("cannot read " + file + ": it is not UTF-8 text");
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
