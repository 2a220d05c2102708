package dev.presync.cli;

import dev.presync.cli.io.Inputs;
import dev.presync.cli.io.IoProblem;
import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
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
        try {
            Compilation c = compile(name);
            err.print(c.render());
            err.flush();
            return new Reported(c, c.hasErrors() ? Main.INPUT_ERRORS : Main.OK);
        } catch (IoProblem e) {
            err.println("presync: " + e.getMessage());
            err.flush();
            return new Reported(null, Main.USAGE);
        }
    }

    /** Compiles {@code name}; a file that cannot be read is an {@link IoProblem}. */
    static Compilation compile(String name) {
        return PresyncCompiler.compileBytes(name, Inputs.readFile(name));
    }
}
