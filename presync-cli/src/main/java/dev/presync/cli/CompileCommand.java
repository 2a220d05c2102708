package dev.presync.cli;

import dev.presync.cli.io.IoProblem;
import dev.presync.cli.io.Outputs;
import dev.presync.compiler.Compilation;
import dev.presync.compiler.build.ClassOutput;
import dev.presync.compiler.build.ClassPlan;
import dev.presync.compiler.codegen.ClassNames;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.lang.model.SourceVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code presync compile RULES... -d OUTDIR}: writes one class per rule file, needing only
 * presync-runtime at run time, through the compiler's build API. The same input gives
 * byte-identical output.
 */
@Command(name = "compile", mixinStandardHelpOptions = true,
        description = {"Compiles rule files to .class files implementing dev.presync.runtime.RuleSet.",
                "Each file becomes presync.generated.<FileNameInCamelCase> unless --class-name is given.",
                "Exit status: 0 written, 1 errors in the rules, 2 usage error."})
final class CompileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RULES", description = "Rule files to compile.")
    List<String> files;

    @Option(names = "-d", required = true, paramLabel = "OUTDIR", description = "Where to write the class files.")
    String outputDirectory;

    @Option(names = "--class-name", paramLabel = "NAME",
            description = "The binary class name, e.g. com.example.PresenceRules (only with one rule file).")
    String className;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (className != null && (files.size() != 1 || !SourceVersion.isName(className))) {
            err.println("presync: " + (files.size() != 1
                    ? "--class-name names one class, but " + files.size() + " rule files were given"
                    : "--class-name '" + className + "' is not a valid Java class name"));
            return Main.USAGE;
        }
        List<Compilation> compiled = new ArrayList<>();
        int exit = Main.OK;
        for (String file : files) {
            RuleFiles.Reported reported = RuleFiles.compileAndReport(file, err);
            if (reported.exit() == Main.USAGE) {
                return Main.USAGE;
            }
            exit = Math.max(exit, reported.exit());
            compiled.add(reported.compilation());
        }
        if (exit != Main.OK) {
            return exit; // nothing is written unless every file is clean
        }
        ClassPlan plan = ClassPlan.of(files, ClassNames.DEFAULT_PACKAGE, className);
        if (plan.clash() != null) {
            err.println("presync: " + plan.clash().message() + "; rename one, or compile them apart with --class-name");
            return Main.USAGE;
        }
        Path directory = Outputs.directory(outputDirectory);
        for (Compilation c : compiled) {
            try {
                ClassOutput.Written written = ClassOutput.write(c, plan.classes().get(c.source().name()), directory);
                if (!written.ok()) {
                    err.print(written.problem().render());
                    return Main.INPUT_ERRORS;
                }
            } catch (IOException e) {
                throw IoProblem.writing(outputDirectory, e);
            }
        }
        return Main.OK;
    }
}
