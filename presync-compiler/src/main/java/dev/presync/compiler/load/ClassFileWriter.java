package dev.presync.compiler.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes class bytes as {@code .class} files under a directory, one folder per package segment (build time). */
public final class ClassFileWriter {
    private ClassFileWriter() {
    }

    /**
     * @param classes bytes by binary class name ({@code presync.generated.Rules})
     * @return the files written, in class name order
     */
    public static List<Path> write(Path dir, Map<String, byte[]> classes) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : new TreeMap<>(classes).entrySet()) {
            Path file = dir.resolve(e.getKey().replace('.', '/') + ".class");
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
            written.add(file);
        }
        return written;
    }
}
