package dev.presync.cli.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * A path presync could not read or write: the user's environment, not a presync bug. Every command
 * reports it the same way, {@code presync: cannot read|write PATH: REASON}, and exits with 2.
 * Unchecked, so that it passes through listeners and callbacks to the one place that reports it.
 */
public final class IoProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private IoProblem(String message, Throwable cause) {
        super(message, cause);
    }

    public static IoProblem reading(String path, String reason) {
        return new IoProblem("cannot read " + path + ": " + reason, null);
    }

    public static IoProblem reading(String path, IOException e) {
        return new IoProblem("cannot read " + path + ": " + reason(e, "no such file"), e);
    }

    public static IoProblem writing(String path, String reason) {
        return new IoProblem("cannot write " + path + ": " + reason, null);
    }

    public static IoProblem writing(String path, IOException e) {
        return new IoProblem("cannot write " + path + ": " + reason(e, "no such directory"), e);
    }

    /** What the operating system said, in words a user acts on. */
    static String reason(IOException e, String missing) {
        if (e instanceof NoSuchFileException) {
            return missing;
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return lowerFirst(f.getReason());
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : lowerFirst(message.lines().findFirst().orElse(""));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
