package dev.presync.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;

/** The top-level command: its subcommands do the work. */
@Command(name = "presync",
        mixinStandardHelpOptions = true,
        versionProvider = PresyncCommand.Version.class,
        description = "Compiles and runs presence sync rules between Amazon Connect and Salesforce Omni-Channel.",
        subcommands = {CheckCommand.class, RunCommand.class, TestCommand.class, CompileCommand.class,
                ReplayCommand.class, ImportCommand.class, ExportCommand.class, LintCommand.class,
                FmtCommand.class, LspCommand.class,
                picocli.CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND")
final class PresyncCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final InputStream stdin;

    PresyncCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    /** Standard input, as given to {@link Main#run}; {@code -} reads it. */
    InputStream stdin() {
        return stdin;
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command: try 'check', 'run', 'test', 'compile', 'replay', 'import' or 'export'");
    }

    /** The version the build filtered into the jar. */
    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = PresyncCommand.class.getResourceAsStream("/presync-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"presync " + p.getProperty("version", "unknown")};
        }
    }
}
