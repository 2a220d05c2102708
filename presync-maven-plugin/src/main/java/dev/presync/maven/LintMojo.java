package dev.presync.maven;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.diag.Diagnostic;
import dev.presync.compiler.diag.DiagnosticRenderer;
import dev.presync.compiler.diag.Severity;
import dev.presync.compiler.lint.LintOutput;
import dev.presync.compiler.lint.LintReport;
import dev.presync.compiler.lint.Linter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code presync lint} in the build: logs every finding, writes them as SARIF 2.1.0 for
 * code-scanning upload, and fails the build on a finding at or above {@code failOn}.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class LintMojo extends AbstractRulesMojo {
    /** error, warning, note or never: the least severe finding that fails the build. */
    @Parameter(property = "presync.lint.failOn", defaultValue = "error")
    private String failOn;

    /** Where the SARIF log is written. */
    @Parameter(property = "presync.lint.sarif", defaultValue = "${project.build.directory}/presync/lint.sarif")
    private File sarif;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("presync: skipped");
            return;
        }
        Severity level = level();
        List<LintReport> reports = new ArrayList<>();
        for (Compilation c : compileAll()) {
            LintReport report = Linter.lint(c);
            reports.add(report);
            for (Diagnostic d : report.findings()) {
                String text = DiagnosticRenderer.render(c.source(), d, true).stripTrailing();
                if (d.severity() == Severity.ERROR) {
                    getLog().error(text);
                } else if (d.severity() == Severity.WARNING) {
                    getLog().warn(text);
                } else {
                    getLog().info(text);
                }
            }
        }
        write(LintOutput.sarif(reports));
        long failing = level == null ? 0
                : reports.stream().mapToLong(r -> r.findings().stream()
                        .filter(d -> d.severity().ordinal() <= level.ordinal()).count()).sum();
        if (failing > 0) {
            throw new MojoFailureException(failing + " lint finding" + (failing == 1 ? "" : "s") + " at or above "
                    + failOn + "; see the messages above and " + sarif);
        }
        getLog().info("presync: " + reports.size() + " rule file" + (reports.size() == 1 ? "" : "s") + " linted; SARIF in " + sarif);
    }

    private Severity level() throws MojoExecutionException {
        return switch (failOn.toLowerCase(Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "note" -> Severity.NOTE;
            case "never" -> null;
            default -> throw new MojoExecutionException("failOn must be error, warning, note or never, not '" + failOn + "'");
        };
    }

    private void write(String text) throws MojoExecutionException {
        Path path = sarif.toPath();
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + sarif + ": " + e.getMessage(), e);
        }
    }
}
