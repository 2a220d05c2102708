package dev.presync.maven;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.Engine;
import dev.presync.compiler.ruletest.TestRun;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Runs the rule tests written in the rule files against the compiled rules; a failure fails the build. */
@Mojo(name = "test", defaultPhase = LifecyclePhase.TEST, threadSafe = true)
public class TestMojo extends AbstractRulesMojo {
    /** Maven's own switch: {@code -DskipTests} skips rule tests too. */
    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipTests) {
            getLog().info("presync: rule tests skipped");
            return;
        }
        TestRun tests = new TestRun(Engine.COMPILED);
        for (Compilation c : compileAll()) {
            tests.run(c).forEach(failure -> getLog().error(failure.stripTrailing()));
        }
        String summary = "presync rule tests: " + tests.summary();
        if (tests.failed() > 0) {
            throw new MojoFailureException(summary);
        }
        getLog().info(summary);
    }
}
