package dev.presync.maven;

import dev.presync.compiler.build.ClassOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Remembers what a class was compiled from, so an unchanged rule file is not compiled again: a
 * SHA-256 of the rule file's bytes, the class name and the compiler's version, kept in a file of
 * its own per class (so parallel module builds never share one).
 */
final class BuildStamp {
    private final Path stampFile;
    private final String digest;

    BuildStamp(Path stampDirectory, Path ruleFile, String className) throws IOException {
        this.stampFile = stampDirectory.resolve(className + ".sha256");
        this.digest = sha256(Files.readAllBytes(ruleFile), className + "\0" + COMPILER_VERSION);
    }

    /**
     * Identifies the compiler that made a class: its jar's size and time, since a SNAPSHOT's
     * version stays the same while its code changes.
     */
    private static final String COMPILER_VERSION = compilerVersion();

    private static String compilerVersion() {
        try {
            Path jar = Path.of(ClassOutput.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.size(jar) + "@" + Files.getLastModifiedTime(jar).toMillis();
        } catch (Exception unknown) {
            return "unknown";
        }
    }

    /** True when the stamp matches and every output file still exists. */
    boolean isUpToDate(Path... outputs) throws IOException {
        for (Path output : outputs) {
            if (!Files.exists(output)) {
                return false;
            }
        }
        return Files.exists(stampFile) && Files.readString(stampFile, StandardCharsets.UTF_8).equals(digest);
    }

    void record() throws IOException {
        Files.createDirectories(stampFile.getParent());
        Files.writeString(stampFile, digest, StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] content, String salt) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(content);
            md.update(salt.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
