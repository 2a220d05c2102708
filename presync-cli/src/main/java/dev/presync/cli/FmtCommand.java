package dev.presync.cli;

import dev.presync.cli.io.Inputs;
import dev.presync.cli.io.IoProblem;
import dev.presync.compiler.format.Formatted;
import dev.presync.compiler.format.Formatter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code presync fmt FILE... [--check] [-w]}: the formatter's shell; every file is tried. */
@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = {"Formats rule files in the canonical layout (docs/language.md, \"Layout\") and prints them.",
                "A file with syntax errors is not formatted: its diagnostics go to stderr.",
                "Exit status: 0 done (with --check: nothing would change), 1 a file would change (--check) or has",
                "syntax errors, 2 usage error (e.g. an unreadable file)."})
final class FmtCommand implements Callable<Integer> {
    private static final String STDIN_NAME = "<stdin>";

    @Spec
    CommandSpec spec;

    @ParentCommand
    PresyncCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Rule files to format; - reads stdin.")
    List<String> files;

    @Option(names = "--check", description = "Print the files that would change, instead of their text; exit 1 if any would.")
    boolean check;

    @Option(names = "-w", description = "Rewrite the files that would change, in place.")
    boolean write;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (write && files.contains("-")) {
            err.println("presync: -w cannot rewrite stdin");
            return Main.USAGE;
        }
        int exit = Main.OK;
        for (String file : files) {
            exit = Math.max(exit, format(file, out, err));
        }
        out.flush();
        return exit;
    }

    private int format(String file, PrintWriter out, PrintWriter err) {
        boolean stdin = file.equals("-");
        String name = stdin ? STDIN_NAME : file;
        Formatted f;
        try {
            f = Formatter.formatBytes(name, stdin ? parent.stdin().readAllBytes() : Inputs.readFile(file));
        } catch (IoProblem e) {
            err.println("presync: " + e.getMessage());
            return Main.USAGE;
        } catch (IOException e) {
            err.println("presync: cannot read " + name + ": " + e.getMessage());
            return Main.USAGE;
        }
        if (f.refused()) {
            err.print(f.render());
            err.println("presync: " + name + " not formatted: it has syntax errors");
            return Main.INPUT_ERRORS;
        }
        if (check && f.changed()) {
            out.println(name);
        }
        if (write && f.changed()) {
            try {
                Files.write(Path.of(file), f.bytes());
            } catch (IOException e) {
                err.println("presync: cannot write " + file + ": " + e.getMessage());
                return Main.USAGE;
            }
        }
        if (!check && !write) {
            out.print(f.text());
        }
        return check && f.changed() ? Main.INPUT_ERRORS : Main.OK;
    }
}
