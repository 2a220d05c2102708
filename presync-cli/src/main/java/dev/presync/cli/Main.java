package dev.presync.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of {@code bin/presync}. Exit codes: 0 fine, 1 errors in the input, 2 usage error,
 * 3 internal error. No input of any kind produces a stack trace.
 */
public final class Main {
    static final int OK = 0;
    static final int INPUT_ERRORS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private Main() {
    }

    public static void main(String[] args) {
        // Explicit UTF-8: the platform default may be ASCII on a server, and status names are Unicode.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(System.in, out, err, args));
    }

    /** Runs one command line with the given streams; what tests call. */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        return execute(new PresyncCommand(in), out, err, args);
    }

    /** Runs any command with the presync error policy: usage errors exit 2, faults exit 3. */
    static int execute(Object command, PrintWriter out, PrintWriter err, String... args) {
        try {
            CommandLine cli = new CommandLine(command);
            cli.setOut(out);
            cli.setErr(err);
            cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(err, e));
            cli.setParameterExceptionHandler((e, a) -> {
                err.println("presync: " + e.getMessage());
                err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
                return USAGE;
            });
            return cli.execute(args);
        } catch (RuntimeException | Error e) {
            return internalError(err, e);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int internalError(PrintWriter err, Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        err.println("internal error: " + e.getClass().getSimpleName() + message
                + " (please report this, with the input that caused it)");
        return INTERNAL;
    }
}
