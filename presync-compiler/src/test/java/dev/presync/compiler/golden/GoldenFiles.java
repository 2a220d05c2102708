package dev.presync.compiler.golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where golden files live: in the source tree, so that updating them rewrites what git sees. */
final class GoldenFiles {
    static final String UPDATE_SWITCH = "presync.golden.update";

    private GoldenFiles() {
    }

    /** The module's {@code src/test/resources/golden/SUB}, found from Maven's working directory. */
    static Path sourceDir(String sub) {
        Path dir = Path.of("src", "test", "resources", "golden", sub).toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("golden directory not found: " + dir + " (run from the module basedir)");
        }
        return dir;
    }

    static boolean updating() {
        return Boolean.getBoolean(UPDATE_SWITCH);
    }

    /** Every {@code .rules} file of {@code dir}, sorted by name. */
    static List<Path> rulesFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".rules")).sorted().toList();
        }
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
