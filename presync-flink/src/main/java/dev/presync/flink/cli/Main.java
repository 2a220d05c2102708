package dev.presync.flink.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code presync-flink}: the sync engine as an Apache Flink job. {@code replay} runs a what-if
 * replay on an embedded Flink; {@code sync} runs the live job (locally, or submitted with
 * {@code flink run} to a cluster). Exit status as {@code presync}: 0 fine, 1 bad input lines or
 * rule errors, 2 usage or I/O error, 3 internal error.
 */
@Command(name = "presync-flink", mixinStandardHelpOptions = true, subcommands = {ReplayCommand.class, SyncCommand.class},
        description = "The presync sync engine as an Apache Flink job.")
public final class Main {
    static final int OK = 0;
    static final int INPUT_ERRORS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, false), new PrintWriter(System.err, true)));
    }

    /** Runs one command line; never throws, never prints a stack trace. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("presync-flink: internal error: " + e);
            err.flush();
            return INTERNAL;
        });
        int exit = cli.execute(args);
        out.flush();
        err.flush();
        return exit;
    }
}
