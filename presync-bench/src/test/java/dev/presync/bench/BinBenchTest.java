package dev.presync.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/bench's argument handling (issue 9 item 11): these paths exit before anything is built or
 * run, so the script itself is tested here rather than by a benchmark.
 */
class BinBenchTest {
    private static final Path SCRIPT = Path.of("..", "bin", "bench").toAbsolutePath().normalize();

    private record Result(int exit, String out, String err) {
    }

    @Test
    void helpPrintsTheUsageCommentAndNoLineOfTheScript() throws Exception {
        Result r = run("--help");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("bin/bench [--quick] [--json FILE]"), r.out());
        java.util.Set<String> code = new java.util.HashSet<>();
        for (String line : Files.readAllLines(SCRIPT)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                code.add(line.strip());
            }
        }
        for (String line : r.out().split("\n")) {
            assertFalse(code.contains(line.strip()), "--help printed a line of the script: " + line);
        }
    }

    @Test
    void jsonToAPathUnderAMissingDirectoryFailsAtOnce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("missing/out.json");
        Result r = run("--quick", "--json", file.toString());
        assertEquals(2, r.exit());
        assertEquals("bench: cannot write " + file + ": No such file or directory\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void jsonToADirectoryOrUnderARegularFileFailsAtOnce(@TempDir Path dir) throws Exception {
        Path regular = Files.writeString(dir.resolve("file"), "x");
        for (Path target : List.of(dir, regular.resolve("out.json"))) {
            Result r = run("--json", target.toString());
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().startsWith("bench: cannot write " + target + ": "), r.err());
            assertFalse(r.err().contains("building"), r.err());
        }
        assertEquals("x", Files.readString(regular));
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("bin/bench " + String.join(" ", args) + " did not exit at once");
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
