package dev.presync.cli;

import dev.presync.cli.io.IoProblem;
import dev.presync.cli.io.Outputs;
import dev.presync.cli.io.StdoutWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of {@code bin/presync}. Exit codes: 0 fine, 1 errors in the input, 2 usage error or a
 * path that cannot be read or written ({@link IoProblem}, stdout included), 3 internal error. No
 * input of any kind produces a stack trace.
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
        PrintWriter out = StdoutWriter.open();
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
            cli.setExecutionExceptionHandler((e, commandLine, parseResult) ->
                    e instanceof IoProblem io ? ioProblem(err, io) : internalError(err, e));
            cli.setParameterExceptionHandler((e, a) -> {
                err.println("presync: " + e.getMessage());
                err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
                return USAGE;
            });
            int exit = cli.execute(args);
            if (exit != USAGE && exit != INTERNAL) {
                Outputs.check(out); // whatever a command wrote last must have arrived
            }
            return exit;
        } catch (IoProblem e) {
            return ioProblem(err, e);
        } catch (RuntimeException | Error e) {
            return internalError(err, e);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int ioProblem(PrintWriter err, IoProblem e) {
        err.println("presync: " + e.getMessage());
        return USAGE;
    }

    private static int internalError(PrintWriter err, Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        err.println("internal error: " + e.getClass().getSimpleName() + message
                + " (please report this, with the input that caused it)");
        return INTERNAL;
    }
}
