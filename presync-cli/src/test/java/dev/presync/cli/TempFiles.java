package dev.presync.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the small input files the CLI tests run on. */
final class TempFiles {
    private TempFiles() {
    }

    /** Writes {@code text} as UTF-8 to {@code dir/name} and returns the path as the CLI would be given it. */
    static String write(Path dir, String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return p.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
