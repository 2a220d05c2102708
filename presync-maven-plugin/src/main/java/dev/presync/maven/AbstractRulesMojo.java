package dev.presync.maven;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
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

    /** Compiles every rule file, logging its diagnostics; fails the build when any has an error. */
    protected List<Compilation> compileAll() throws MojoExecutionException, MojoFailureException {
        List<Path> files;
        try {
            files = RuleSources.find(rulesDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot list " + rulesDirectory + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            getLog().info("No rule files in " + rulesDirectory);
        }
        List<Compilation> compilations = new ArrayList<>();
        int errors = 0;
        for (Path file : files) {
            Compilation c;
            try {
                c = PresyncCompiler.compile(file, file.toString());
            } catch (IOException e) {
                throw new MojoExecutionException("cannot read " + file + ": " + e.getMessage(), e);
            }
            log(c);
            if (c.hasErrors()) {
                errors++;
            }
            compilations.add(c);
        }
        if (errors > 0) {
            throw new MojoFailureException(errors + " rule file" + (errors == 1 ? " has" : "s have")
                    + " errors; see the messages above");
        }
        return compilations;
    }

    private void log(Compilation c) {
        c.diagnostics().forEach(d -> {
            String text = dev.presync.compiler.diag.DiagnosticRenderer.render(c.source(), d).stripTrailing();
            if (d.isError()) {
                getLog().error(text);
            } else {
                getLog().warn(text);
            }
        });
    }
}
