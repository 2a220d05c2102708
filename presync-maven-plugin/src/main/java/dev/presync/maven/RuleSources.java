package dev.presync.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the rule files of a project: every {@code *.rules} below the rules directory, sorted. */
final class RuleSources {
    private RuleSources() {
    }

    static List<Path> find(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".rules") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
    }
}
