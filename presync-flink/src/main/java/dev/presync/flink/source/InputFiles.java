package dev.presync.flink.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files an input names: a file is itself; a directory is every regular file under it, in path
 * order, which for a Kinesis Data Firehose archive ({@code YYYY/MM/DD/HH/...}) is time order.
 * Hidden files (a leading dot) are left out.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** The files of {@code name}; an I/O problem is an {@link IOException} naming the path. */
    public static List<String> list(String name) throws IOException {
        Path path = Path.of(name);
        if (!Files.exists(path)) {
            throw new NoSuchFileException(name, null, "no such file or directory");
        }
        if (!Files.isDirectory(path)) {
            return List.of(name);
        }
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !path.relativize(p).toString().startsWith(".") && !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .forEach(p -> files.add(p.toString()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }
}
