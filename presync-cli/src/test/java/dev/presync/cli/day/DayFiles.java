package dev.presync.cli.day;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The generated contact-center day as files, for other modules' tests (presync-flink compares its
 * job with {@code presync replay} on it): the Connect and Omni-Channel streams, and the example
 * rules the day is replayed with.
 */
public final class DayFiles {
    private DayFiles() {
    }

    /** Writes the day of {@code agents} agents from {@code seed} to the two files. */
    public static void write(int agents, long seed, Path connect, Path salesforce) throws IOException {
        List<DayLine> day = DayGenerator.generate(agents, seed);
        try (Writer c = Files.newBufferedWriter(connect); Writer s = Files.newBufferedWriter(salesforce)) {
            for (DayLine l : day) {
                Writer w = l.file() == 0 ? c : s;
                w.write(l.text());
                w.write('\n');
            }
        }
    }

    /** The three example rule files the day is replayed with, as one text. */
    public static String exampleRules() {
        StringBuilder all = new StringBuilder();
        for (String f : List.of("status-sync.rules", "workload.rules", "logout.rules")) {
            try (InputStream in = DayFiles.class.getResourceAsStream("/examples/" + f)) {
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.toString();
    }
}
