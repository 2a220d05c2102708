package dev.presync.flink.cli;

import dev.presync.flink.job.ReplayJob;
import dev.presync.flink.job.RuleSetVersion;
import dev.presync.flink.source.InputFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code presync-flink replay RULES --connect F|DIR --salesforce F|DIR}: {@code presync replay} on
 * an embedded Flink, reading files or whole archive directories.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replays archived Agent Event Stream records and Omni-Channel events through the sync engine on an"
                + " embedded Flink and prints one JSON line per command sent (and per oscillation stopped), as presync replay does.",
                "Exit status: 0 all lines fine, 1 a bad line or errors in the rules, 2 usage or I/O error, 3 internal error."})
final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--connect", paramLabel = "F|DIR",
            description = "Agent Event Stream records, one per line: a file, or a directory of them (a Firehose archive; .gz read too).")
    String connect;

    @Option(names = "--salesforce", paramLabel = "F|DIR", description = "Omni-Channel events as JSON lines, as presync replay reads them: a file or a directory.")
    String salesforce;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = connect == null && salesforce == null ? "replay needs --connect, --salesforce or both" : common.problem();
        if (problem != null) {
            err.println("presync-flink: " + problem);
            return Main.USAGE;
        }
        int[] exit = {Main.OK};
        RuleSetVersion rules = common.readRules(err, exit);
        if (rules == null) {
            return exit[0];
        }
        List<String> connectFiles;
        List<String> salesforceFiles;
        try {
            connectFiles = connect == null ? null : InputFiles.list(connect);
            salesforceFiles = salesforce == null ? null : InputFiles.list(salesforce);
        } catch (NoSuchFileException e) {
            err.println("presync-flink: cannot read " + e.getFile() + ": no such file or directory");
            return Main.USAGE;
        } catch (IOException e) {
            err.println("presync-flink: cannot read: " + e.getMessage());
            return Main.USAGE;
        }
        ReplayJob.Result result = ReplayJob.run(StreamExecutionEnvironment.getExecutionEnvironment(), rules, connectFiles,
                salesforceFiles, common.options(), out, err);
        return result.count(dev.presync.flink.job.Reports.BAD) > 0 ? Main.INPUT_ERRORS : Main.OK;
    }
}
