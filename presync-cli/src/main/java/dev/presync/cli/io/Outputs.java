package dev.presync.cli.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The one way every command writes: a file named with {@code -o} or {@code -d}, or stdout. Any
 * failure, a full disk included, becomes an {@link IoProblem}, so nothing is reported as done that
 * was not written.
 */
public final class Outputs {
    /** How stdout is named in messages. */
    public static final String STDOUT = "<stdout>";

    private Outputs() {
    }

    /** What to write. */
    @FunctionalInterface
    public interface Body {
        void write(Writer w) throws IOException;
    }

    /** Writes {@code body} to the file {@code path}, or to {@code stdout} when path is null, and makes sure it arrived. */
    public static void write(String path, PrintWriter stdout, Body body) {
        if (path == null) {
            try {
                body.write(stdout);
            } catch (IOException e) {
                throw IoProblem.writing(STDOUT, e);
            }
            check(stdout);
            return;
        }
        Path file = path(path);
        if (Files.isDirectory(file)) {
            throw IoProblem.writing(path, "it is a directory");
        }
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            body.write(w);
        } catch (IOException e) {
            throw IoProblem.writing(path, e);
        }
    }

    /** The directory {@code path}, for writing files under; an existing file there is refused at once. */
    public static Path directory(String path) {
        Path dir = path(path);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw IoProblem.writing(path, "not a directory");
        }
        return dir;
    }

    /**
     * A stream of UTF-8 bytes onto {@code out}, for writers that encode their own text
     * ({@link JsonLineBytes}): the bytes go past the character encoder when {@code out} is stdout,
     * and are decoded into {@code out} otherwise, so each write must hold whole characters. Like
     * a {@link PrintWriter}, it never throws; {@link #check} reports a failure.
     */
    public static OutputStream bytes(PrintWriter out) {
        if (out instanceof StdoutWriter s) {
            return s.bytes();
        }
        return new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                out.write(new String(b, off, len, StandardCharsets.UTF_8));
            }

            @Override
            public void flush() {
                out.flush();
            }
        };
    }

    /** Flushes stdout and fails if anything written to it so far was lost. */
    public static void check(PrintWriter stdout) {
        stdout.flush();
        if (stdout.checkError()) {
            throw IoProblem.writing(STDOUT, stdout instanceof StdoutWriter s ? s.reason() : "the output was closed or failed");
        }
    }

    private static Path path(String path) {
        if (path.isEmpty()) {
            throw IoProblem.writing("''", "no file name");
        }
        try {
            return Path.of(path);
        } catch (InvalidPathException e) {
            throw IoProblem.writing(path, "not a valid path");
        }
    }
}
