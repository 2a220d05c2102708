package dev.presync.maven;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.build.ClassOutput;
import dev.presync.compiler.build.ClassPlan;
import dev.presync.compiler.codegen.ClassNames;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compiles each rule file to a class implementing {@code dev.presync.runtime.RuleSet} (the
 * compiler's build API names and writes them), before Java sources are compiled so that they can
 * use it. A rule file whose content is unchanged since the last build is not compiled again.
 */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.PROCESS_SOURCES, threadSafe = true)
public class CompileMojo extends AbstractRulesMojo {
    /** Where the class files go. */
    @Parameter(property = "presync.outputDirectory", defaultValue = "${project.build.outputDirectory}")
    private File outputDirectory;

    /** The package of the generated classes; each is named after its file, e.g. PresenceRules. */
    @Parameter(property = "presync.packageName", defaultValue = ClassNames.DEFAULT_PACKAGE)
    private String packageName;

    /** Where the build remembers what each class was compiled from. */
    @Parameter(defaultValue = "${project.build.directory}/presync-stamps", readonly = true)
    private File stampDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
            throw new MojoExecutionException("packageName '" + packageName + "' is not a valid Java package name");
        }
        List<Path> files = ruleFiles();
        ClassPlan plan = ClassPlan.of(files.stream().map(Path::toString).toList(), packageName, null);
        if (plan.clash() != null) {
            throw new MojoFailureException(plan.clash().message() + "; rename one of them");
        }
        List<Compilation> compiled = new ArrayList<>();
        try {
            for (Path file : files) {
                String className = plan.classes().get(file.toString());
                BuildStamp stamp = new BuildStamp(stampDirectory.toPath(), file, className);
                if (!stamp.isUpToDate(outputDirectory.toPath().resolve(className.replace('.', '/') + ".class"))) {
                    Compilation c = compile(file);
                    compiled.add(c);
                    if (!c.hasErrors()) {
                        failOn(ClassOutput.write(c, className, outputDirectory.toPath()).problem(), "cannot be compiled");
                        stamp.record();
                    }
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("presync: cannot write " + outputDirectory + ": " + e.getMessage(), e);
        }
        failOnErrors(compiled);
        int upToDate = files.size() - compiled.size();
        getLog().info("presync: compiled " + compiled.size() + " rule file" + (compiled.size() == 1 ? "" : "s")
                + (upToDate > 0 ? ", " + upToDate + " up to date" : "") + " into " + outputDirectory);
    }
}
