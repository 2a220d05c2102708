package dev.presync.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check-format goal passes formatted files and fails on unformatted or unparsable ones. */
class FormatCheckMojoTest {
    @TempDir
    Path dir;

    private FormatCheckMojo mojo() {
        FormatCheckMojo mojo = new FormatCheckMojo();
        mojo.rulesDirectory = dir.toFile();
        return mojo;
    }

    @Test
    void formattedFilesPass() throws IOException {
        Files.writeString(dir.resolve("a.rules"), "on SalesforceAgentLogout\n  set Connect 'Offline'\n");
        assertDoesNotThrow(() -> mojo().execute());
    }

    @Test
    void anUnformattedFileFailsTheBuild() throws IOException {
        Files.writeString(dir.resolve("a.rules"), "on SalesforceAgentLogout\n  set Connect 'Offline'\n");
        Files.writeString(dir.resolve("b.rules"), "on SalesforceAgentLogout set Connect 'Offline'\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo().execute());
        assertTrue(e.getMessage().startsWith("1 rule file is not formatted"), e.getMessage());
    }

    @Test
    void aFileThatDoesNotParseFailsTheBuild() throws IOException {
        Files.writeString(dir.resolve("a.rules"), "on SalesforceAgentLogout set Connect\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo().execute());
        assertTrue(e.getMessage().contains("1 cannot be parsed"), e.getMessage());
    }

    @Test
    void skipSkips() throws IOException {
        Files.writeString(dir.resolve("b.rules"), "on SalesforceAgentLogout set Connect 'Offline'\n");
        FormatCheckMojo mojo = mojo();
        mojo.skip = true;
        assertDoesNotThrow(mojo::execute);
    }
}
