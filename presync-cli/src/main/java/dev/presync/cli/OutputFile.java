package dev.presync.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where {@code import} and {@code export} write: a file given with {@code -o}, else stdout. */
final class OutputFile {
    private OutputFile() {
    }

    /** Writes {@code text} to {@code path}, or to {@code out} when path is null; a failure is a usage error. */
    static void write(String path, PrintWriter out, Body body) throws UsageException, IOException {
        if (path == null) {
            body.write(out);
            out.flush();
            return;
        }
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(Path.of(path)), StandardCharsets.UTF_8)) {
            body.write(w);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new UsageException("cannot write " + path + ": " + e.getMessage());
        }
    }

    /** What to write. */
    @FunctionalInterface
    interface Body {
        void write(Writer w) throws IOException;
    }
}
