package dev.presync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compares a run's transcript with its {@code .expected} file. Run the build with
 * {@code -Dpresync.golden.update=true} to rewrite the files on purpose, then review the diff.
 */
final class GoldenTranscripts {
    static final boolean UPDATE = Boolean.getBoolean("presync.golden.update");

    private GoldenTranscripts() {
    }

    static void assertMatches(Path expectedFile, String actual) {
        try {
            if (UPDATE) {
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                return;
            }
            String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
            assertEquals(expected, actual, "golden file " + expectedFile + " (regenerate with -Dpresync.golden.update=true)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files in {@code dir} ending in {@code suffix}, sorted, so test names are stable. */
    static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String withoutSuffix(Path p, String suffix) {
        String name = p.toString();
        return name.substring(0, name.length() - suffix.length());
    }
}
