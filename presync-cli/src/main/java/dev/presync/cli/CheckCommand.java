package dev.presync.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code presync check FILE...}: reports every error and warning; exit 1 when any error. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks rule files and prints their diagnostics on stderr as FILE:LINE:COL: error|warning: MESSAGE.",
                "Exit status: 0 no errors, 1 errors, 2 usage error (e.g. an unreadable file)."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    PresyncCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Rule files to check; - reads stdin.")
    List<String> files;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int exit = Main.OK;
        for (String file : files) {
            // Every file is checked; the worst outcome decides: unreadable (2) over errors (1).
            exit = Math.max(exit, RuleFiles.compileAndReport(file, parent.stdin(), err).exit());
        }
        return exit;
    }
}
