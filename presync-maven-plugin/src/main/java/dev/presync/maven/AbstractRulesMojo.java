package dev.presync.maven;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.compiler.diag.DiagnosticRenderer;
import dev.presync.compiler.diag.Problem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: where the rules are, skipping, and compiling them with diagnostics
 * written to the build log in the CLI's {@code file:line:col: error: message} form.
 */
abstract class AbstractRulesMojo extends AbstractMojo {
    /** The directory holding the {@code .rules} files; searched recursively. */
    @Parameter(property = "presync.rulesDirectory", defaultValue = "${project.basedir}/src/main/rules")
    protected File rulesDirectory;

    /** Skips every presync goal. */
    @Parameter(property = "presync.skip", defaultValue = "false")
    protected boolean skip;

    /** True, and said in the log, when {@code presync.skip} is set. */
    protected boolean skipped() {
        if (skip) {
            getLog().info("presync: skipped");
        }
        return skip;
    }

    /** Logs {@code problem} like a diagnostic and fails the build: {@code FILE WHAT: MESSAGE}. */
    protected void failOn(Problem problem, String what) throws MojoFailureException {
        if (problem != null) {
            getLog().error(problem.render().stripTrailing());
            throw new MojoFailureException(problem.file() + " " + what + ": " + problem.message());
        }
    }

    /** Compiles every rule file, logging its diagnostics; fails the build when any has an error. */
    protected List<Compilation> compileAll() throws MojoExecutionException, MojoFailureException {
        List<Compilation> compilations = new ArrayList<>();
        for (Path file : ruleFiles()) {
            compilations.add(compile(file));
        }
        failOnErrors(compilations);
        return compilations;
    }

    /** The project's rule files, sorted. */
    protected List<Path> ruleFiles() throws MojoExecutionException {
        try {
            List<Path> files = RuleSources.find(rulesDirectory.toPath());
            if (files.isEmpty()) {
                getLog().info("presync: no rule files in " + rulesDirectory);
            }
            return files;
        } catch (IOException e) {
            throw new MojoExecutionException("cannot list " + rulesDirectory + ": " + e.getMessage(), e);
        }
    }

    /** Compiles one file and logs its diagnostics. */
    protected Compilation compile(Path file) throws MojoExecutionException {
        try {
            Compilation c = PresyncCompiler.compile(file, file.toString());
            log(c);
            return c;
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    protected static void failOnErrors(List<Compilation> compilations) throws MojoFailureException {
        long errors = compilations.stream().filter(Compilation::hasErrors).count();
        if (errors > 0) {
            throw new MojoFailureException(errors + " rule file" + (errors == 1 ? " has" : "s have")
                    + " errors; see the messages above");
        }
    }

    private void log(Compilation c) {
        c.diagnostics().forEach(d -> {
            String text = DiagnosticRenderer.render(c.source(), d).stripTrailing();
            if (d.isError()) {
                getLog().error(text);
            } else {
                getLog().warn(text);
            }
        });
    }
}
