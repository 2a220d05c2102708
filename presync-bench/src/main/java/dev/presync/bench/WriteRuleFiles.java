package dev.presync.bench;

import dev.presync.bench.workload.RuleSets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark's rule sets as files ({@code DIR/rules-SIZE.rules}), for timing
 * {@code bin/presync compile} from a cold JVM and for reading what the engines run.
 *
 * <p>Usage: {@code WriteRuleFiles DIR SIZE[,SIZE...]}
 */
public final class WriteRuleFiles {
    private WriteRuleFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        for (String size : args[1].split(",")) {
            Files.writeString(dir.resolve("rules-" + size + ".rules"), RuleSets.text(Integer.parseInt(size)));
        }
    }
}
