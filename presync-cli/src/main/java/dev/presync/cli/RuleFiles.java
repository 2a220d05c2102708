package dev.presync.cli;

import dev.presync.cli.io.Inputs;
import dev.presync.cli.io.IoProblem;
import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;

/** Reads and compiles the rule files named on the command line. */
final class RuleFiles {
    private RuleFiles() {
    }

    /** A compiled rules file ready to use, or the exit status to stop with. */
    record Reported(Compilation compilation, int exit) {
        boolean ok() {
            return exit == Main.OK;
        }
    }

    /**
     * Compiles {@code name} for a command that goes on to use it: prints its diagnostics, and says
     * to stop with 2 when the file cannot be read or 1 when it has errors.
     */
    static Reported compileAndReport(String name, PrintWriter err) {
        return compileAndReport(name, null, err);
    }

    /**
     * As {@link #compileAndReport(String, PrintWriter)}; when {@code stdin} is given, {@code -}
     * reads the rules from it, shown as {@code <stdin>}, as {@code run --events -} reads events.
     */
    static Reported compileAndReport(String name, InputStream stdin, PrintWriter err) {
        try {
            Compilation c = stdin != null && name.equals("-") ? compileStdin(stdin) : compile(name);
            err.print(c.render());
            err.flush();
            return new Reported(c, c.hasErrors() ? Main.INPUT_ERRORS : Main.OK);
        } catch (IoProblem e) {
            err.println("presync: " + e.getMessage());
            err.flush();
            return new Reported(null, Main.USAGE);
        }
    }

    private static Compilation compileStdin(InputStream stdin) {
        try (InputStream in = Inputs.open("-", stdin)) {
            return PresyncCompiler.compileBytes(Inputs.STDIN, in.readAllBytes());
        } catch (IOException e) {
            throw IoProblem.reading(Inputs.STDIN, e);
        }
    }

    /** Compiles {@code name}; a file that cannot be read is an {@link IoProblem}. */
    static Compilation compile(String name) {
        return PresyncCompiler.compileBytes(name, Inputs.readFile(name));
    }
}
