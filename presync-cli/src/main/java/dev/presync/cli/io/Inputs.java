package dev.presync.cli.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The one way every command opens what it reads: a file, or stdin for {@code -} where the command
 * allows it. A missing file, a directory, an unreadable file, and an I/O error part way through all
 * become the same {@link IoProblem}.
 */
public final class Inputs {
    /** The name {@code -} is shown as. */
    public static final String STDIN = "<stdin>";

    private Inputs() {
    }

    /** How {@code name} is shown in messages and traces. */
    public static String displayName(String name) {
        return "-".equals(name) ? STDIN : name;
    }

    /** Opens {@code name}, or {@code stdin} for {@code -}; reading errors later are {@link IoProblem}s too. */
    public static InputStream open(String name, InputStream stdin) {
        if ("-".equals(name)) {
            return new Guarded(stdin, STDIN);
        }
        return new Guarded(openFile(name), name);
    }

    /** Every byte of the file {@code name} ({@code -} is a file name here). */
    public static byte[] readFile(String name) {
        try (InputStream in = new Guarded(openFile(name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw IoProblem.reading(name, e);
        }
    }

    private static InputStream openFile(String name) {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw IoProblem.reading(name, "not a valid path");
        }
        if (name.isEmpty()) {
            throw IoProblem.reading("''", "no file name");
        }
        if (Files.isDirectory(path)) {
            throw IoProblem.reading(name, "it is a directory");
        }
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw IoProblem.reading(name, e);
        }
    }

    /** Turns an I/O error while reading into an {@link IoProblem} naming the input. */
    private static final class Guarded extends FilterInputStream {
        private final String name;

        Guarded(InputStream in, String name) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() {
            try {
                return super.read();
            } catch (IOException e) {
                throw IoProblem.reading(name, e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw IoProblem.reading(name, e);
            }
        }

        @Override
        public int available() {
            try {
                return super.available();
            } catch (IOException e) {
                throw IoProblem.reading(name, e);
            }
        }
    }
}
