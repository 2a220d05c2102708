package dev.presync.compiler.ruletest;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.Engine;
import dev.presync.compiler.PresyncCompiler;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule tests of a set of rule files, run against one engine and counted together: what
 * {@code presync test} and the Maven plugin's {@code test} goal both do, file after file.
 */
public final class TestRun {
    private final Engine engine;
    private int passed;
    private int failed;

    public TestRun(Engine engine) {
        this.engine = engine;
    }

    /** Runs the tests of one file without errors; returns each failure, worded. */
    public List<String> run(Compilation compilation) {
        List<String> failures = new ArrayList<>();
        for (TestResult result : RuleTestRunner.run(compilation.ruleSet(), PresyncCompiler.load(compilation, engine))) {
            if (result.passed()) {
                passed++;
            } else {
                failed++;
                failures.add(RuleTestRunner.describeFailure(compilation.ruleSet(), result));
            }
        }
        return failures;
    }

    public int passed() {
        return passed;
    }

    public int failed() {
        return failed;
    }

    /** {@code N passed, N failed}. */
    public String summary() {
        return RuleTestRunner.summary(passed, failed);
    }
}
