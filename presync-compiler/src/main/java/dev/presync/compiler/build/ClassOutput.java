package dev.presync.compiler.build;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.codegen.RuleSetCompiler;
import dev.presync.compiler.codegen.RuleSetTooLargeException;
import dev.presync.compiler.diag.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the class of a compiled rule file at build time, with the same bytes for the same input.
 * A rule set the JVM cannot hold is a {@link Problem} about the file, reported like any other; an
 * I/O failure is the caller's to report, as it knows how to name the path.
 */
public final class ClassOutput {
    /** What was written, or why nothing was. */
    public record Written(List<Path> files, Problem problem) {
        public Written {
            files = List.copyOf(files);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    private ClassOutput() {
    }

    /** Writes {@code compilation}'s classes under {@code directory} as {@code className}. */
    public static Written write(Compilation compilation, String className, Path directory) throws IOException {
        if (compilation.hasErrors()) {
            throw new IllegalArgumentException(compilation.source().name() + " has errors; nothing to write");
        }
        try {
            return new Written(RuleSetCompiler.generate(compilation.ruleSet(), className).writeTo(directory), null);
        } catch (RuleSetTooLargeException e) {
            return new Written(List.of(), Problem.inFile(compilation.source().name(), e.getMessage()));
        }
    }
}
