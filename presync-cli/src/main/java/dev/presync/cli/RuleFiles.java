package dev.presync.cli;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and compiles the rule files named on the command line. */
final class RuleFiles {
    private RuleFiles() {
    }

    /** Compiles {@code name}; a missing or unreadable file is a usage error. */
    static Compilation compile(String name) throws UsageException {
        Path path = Path.of(name);
        try {
            if (Files.isDirectory(path)) {
                throw new UsageException("cannot read " + name + ": it is a directory");
            }
            return PresyncCompiler.compile(path, name);
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot read " + name + ": no such file");
        } catch (IOException e) {
            throw new UsageException("cannot read " + name + ": " + e.getMessage());
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException("cannot read " + name + ": not a valid path");
        }
    }
}
