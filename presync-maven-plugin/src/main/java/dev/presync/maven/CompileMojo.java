package dev.presync.maven;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.codegen.ClassNames;
import dev.presync.compiler.codegen.GeneratedClasses;
import dev.presync.compiler.codegen.RuleSetCompiler;
import dev.presync.compiler.codegen.RuleSetTooLargeException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compiles each rule file to a class implementing {@code dev.presync.runtime.RuleSet}, in the
 * output directory, before Java sources are compiled so that they can use it. A rule file whose
 * content is unchanged since the last build is not compiled again.
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
        if (skip) {
            getLog().info("presync: skipped");
            return;
        }
        if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
            throw new MojoExecutionException("packageName '" + packageName + "' is not a valid Java package name");
        }
        List<Compilation> compiled = new ArrayList<>();
        int upToDate = 0;
        Map<String, Path> classes = new HashMap<>();
        try {
            for (Path file : ruleFiles()) {
                String className = ClassNames.forRuleFile(file.getFileName().toString(), packageName);
                Path other = classes.putIfAbsent(className, file);
                if (other != null) {
                    throw new MojoFailureException(file + " and " + other + " would both compile to " + className
                            + "; rename one of them");
                }
                BuildStamp stamp = new BuildStamp(stampDirectory.toPath(), file, className, version());
                if (stamp.isUpToDate(classFile(className))) {
                    upToDate++;
                    continue;
                }
                Compilation c = compile(file);
                compiled.add(c);
                if (!c.hasErrors()) {
                    write(c, className);
                    stamp.record();
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("presync: " + e.getMessage(), e);
        }
        failOnErrors(compiled);
        getLog().info("presync: compiled " + compiled.size() + " rule file" + (compiled.size() == 1 ? "" : "s")
                + (upToDate > 0 ? ", " + upToDate + " up to date" : "") + " into " + outputDirectory);
    }

    private void write(Compilation c, String className) throws IOException, MojoFailureException {
        try {
            GeneratedClasses classes = RuleSetCompiler.generate(c.ruleSet(), className);
            classes.writeTo(outputDirectory.toPath());
        } catch (RuleSetTooLargeException e) {
            getLog().error(c.source().name() + ": error: " + e.getMessage());
            throw new MojoFailureException(c.source().name() + " cannot be compiled: " + e.getMessage());
        }
    }

    private Path classFile(String className) {
        return outputDirectory.toPath().resolve(className.replace('.', File.separatorChar) + ".class");
    }

    /**
     * Identifies the compiler that made a class: its jar's size and time, since a SNAPSHOT's
     * version stays the same while its code changes.
     */
    private static String version() {
        try {
            Path jar = Path.of(RuleSetCompiler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return java.nio.file.Files.size(jar) + "@" + java.nio.file.Files.getLastModifiedTime(jar).toMillis();
        } catch (Exception unknown) {
            return "unknown";
        }
    }
}
