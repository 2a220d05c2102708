package dev.presync.cli;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

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
        } catch (UsageException e) {
            err.println("presync: " + e.getMessage());
            err.flush();
            return new Reported(null, Main.USAGE);
        }
    }

    /**
     * As {@link #compileAndReport(String, PrintWriter)}, but {@code -} reads the rules from
     * {@code stdin}, shown as {@code <stdin>}, the way {@code run --events -} reads events.
     */
    static Reported compileAndReport(String name, InputStream stdin, PrintWriter err) {
        if (!name.equals("-")) {
            return compileAndReport(name, err);
        }
        byte[] bytes;
        try {
            bytes = stdin.readAllBytes();
        } catch (IOException e) {
            err.println("presync: cannot read <stdin>: " + e.getMessage());
            err.flush();
            return new Reported(null, Main.USAGE);
        }
        Compilation c = PresyncCompiler.compileBytes("<stdin>", bytes);
        err.print(c.render());
        err.flush();
        return new Reported(c, c.hasErrors() ? Main.INPUT_ERRORS : Main.OK);
    }

    /** Compiles {@code name}; a missing or unreadable file is a usage error. */
    static Compilation compile(String name) throws UsageException {
        Path path = Path.of(name);
        try {
            if (Files.isDirectory(path)) {
                throw new UsageException("cannot read " + name + ": it is a directory");
            }
            return PresyncCompiler.compile(path, name);
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot read " + name + ": no such file");
        } catch (IOException e) {
            throw new UsageException("cannot read " + name + ": " + e.getMessage());
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException("cannot read " + name + ": not a valid path");
        }
    }
}
