package dev.presync.cli;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.codegen.ClassNames;
import dev.presync.compiler.codegen.RuleSetCompiler;
import dev.presync.compiler.codegen.RuleSetTooLargeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.lang.model.SourceVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code presync compile RULES... -d OUTDIR}: writes one class per rule file, needing only
 * presync-runtime at run time. The same input gives byte-identical output.
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
    Path outputDirectory;

    @Option(names = "--class-name", paramLabel = "NAME",
            description = "The binary class name, e.g. com.example.PresenceRules (only with one rule file).")
    String className;

    @Override
    public Integer call() throws IOException {
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
        // Name every class first, so a clash is refused before anything is written.
        Map<String, Compilation> byName = new LinkedHashMap<>();
        for (Compilation c : compiled) {
            String name = className != null ? className
                    : ClassNames.forRuleFile(Path.of(c.source().name()).getFileName().toString(), ClassNames.DEFAULT_PACKAGE);
            Compilation other = byName.putIfAbsent(name, c);
            if (other != null) {
                err.println("presync: " + c.source().name() + " and " + other.source().name() + " would both compile to "
                        + name + "; rename one, or compile them apart with --class-name");
                return Main.USAGE;
            }
        }
        for (Map.Entry<String, Compilation> e : byName.entrySet()) {
            try {
                RuleSetCompiler.generate(e.getValue().ruleSet(), e.getKey()).writeTo(outputDirectory);
            } catch (RuleSetTooLargeException tooLarge) {
                err.println(e.getValue().source().name() + ": error: " + tooLarge.getMessage());
                return Main.INPUT_ERRORS;
            }
        }
        return Main.OK;
    }
}
