package dev.presync.maven;

import dev.presync.compiler.format.Formatted;
import dev.presync.compiler.format.Formatter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * The formatting gate, {@code presync fmt --check} in a build: fails when a rule file is not in
 * the canonical layout or does not parse. It runs only where a project binds it in an execution.
 */
@Mojo(name = "check-format", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class FormatCheckMojo extends AbstractRulesMojo {
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("presync: skipped");
            return;
        }
        List<Path> unformatted = new ArrayList<>();
        int refused = 0;
        List<Path> files = ruleFiles();
        for (Path file : files) {
            Formatted f = format(file);
            if (f.refused()) {
                getLog().error(f.render().stripTrailing());
                refused++;
            } else if (f.changed()) {
                getLog().error(file + ": not formatted; run presync fmt -w " + file);
                unformatted.add(file);
            }
        }
        if (refused > 0 || !unformatted.isEmpty()) {
            throw new MojoFailureException(unformatted.size() + " rule file" + (unformatted.size() == 1 ? " is" : "s are")
                    + " not formatted" + (refused > 0 ? " and " + refused + " cannot be parsed" : "")
                    + "; see the messages above");
        }
        getLog().info("presync: " + files.size() + " rule file" + (files.size() == 1 ? "" : "s") + " formatted");
    }

    private static Formatted format(Path file) throws MojoExecutionException {
        try {
            return Formatter.formatBytes(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
