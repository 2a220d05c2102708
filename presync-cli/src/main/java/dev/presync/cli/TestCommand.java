package dev.presync.cli;

import dev.presync.compiler.ruletest.TestRun;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code presync test FILE...}: runs the {@code test} declarations of rule files. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Runs the rule tests written in rule files (test 'name' given EVENT(...) expect ...).",
                "Prints each failure with expected and actual actions, then 'N passed, N failed'.",
                "Exit status: 0 all passed, 1 a test failed or a file has errors, 2 usage error."})
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Rule files whose tests to run.")
    List<String> files;

    @Mixin
    EngineOption engineOption;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TestRun tests = new TestRun(engineOption.engine());
        int exit = Main.OK;
        for (String file : files) {
            RuleFiles.Reported reported = RuleFiles.compileAndReport(file, err);
            exit = Math.max(exit, reported.exit());
            if (reported.ok()) {
                tests.run(reported.compilation()).forEach(out::print);
            }
        }
        out.println(tests.summary());
        out.flush();
        return Math.max(exit, tests.failed() > 0 ? Main.INPUT_ERRORS : Main.OK);
    }
}
