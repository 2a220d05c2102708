package dev.presync.bench.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.presync.bench.workload.EventGenerator;
import dev.presync.cli.day.DayFiles;
import dev.presync.compiler.EventFields;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.ValueType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two inputs ingestion is measured on, written as files so that the in-process benchmark and
 * the one-JVM-per-run timings read the same bytes: 200,000 event lines for {@code presync run}
 * (the bench's fixed-seed events, each with an agent) and the generated 1,000-agent contact-center
 * day for {@code presync replay}, with the example rules both are run with.
 *
 * <p>Usage: {@code IngestInputs DIR} writes the files and {@code inputs.tsv}
 * (input, command, bytes, events) into DIR.
 */
public final class IngestInputs {
    /** Events in the {@code run} stream. */
    public static final int EVENT_LINES = 200_000;
    /** Agents in the generated day, and its seed (presync-flink's differential test uses the same). */
    public static final int DAY_AGENTS = 1_000;
    public static final long DAY_SEED = 20261124L;

    /** One input: what it is called, which command reads it, its files, and how many events (lines) they hold. */
    public record Input(String name, String command, List<Path> files, long bytes, long events) {
        /** The tsv row {@code bin/bench} and the report read. */
        String row() {
            return String.format(Locale.ROOT, "%s\t%s\t%d\t%d", name, command, bytes, events);
        }
    }

    private IngestInputs() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<String> rows = new ArrayList<>();
        for (Input i : write(dir)) {
            rows.add(i.row());
        }
        Files.write(dir.resolve("inputs.tsv"), rows);
    }

    /** Writes both inputs and the rules into {@code dir}; the same bytes every time. */
    public static List<Input> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(rules(dir), DayFiles.exampleRules());
        Path events = dir.resolve("events.jsonl");
        Files.write(events, eventLines(EVENT_LINES));
        Path connect = dir.resolve("connect.jsonl");
        Path salesforce = dir.resolve("salesforce.jsonl");
        DayFiles.write(DAY_AGENTS, DAY_SEED, connect, salesforce);
        return List.of(input("events", "run", List.of(events)), input("day", "replay", List.of(connect, salesforce)));
    }

    /** The rule file both commands run with: the three example rule files the day was made for. */
    public static Path rules(Path dir) {
        return dir.resolve("examples.rules");
    }

    /** {@code count} event lines as {@code presync run} reads them, one JSON object per line. */
    static byte[] eventLines(int count) {
        RuleEvent[] events = EventGenerator.events(count);
        ByteArrayOutputStream out = new ByteArrayOutputStream(count * 100);
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setRootValueSeparator(null);
            for (int i = 0; i < count; i++) {
                line(json, events[i], String.format(Locale.ROOT, "agent-%04d", i % DAY_AGENTS));
                json.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void line(JsonGenerator json, RuleEvent e, String agent) throws IOException {
        json.writeStartObject();
        json.writeStringField("event", e.type().spelling());
        json.writeStringField("agent", agent);
        for (Operand o : e.type().carries()) {
            if (o.isDerived() || EventFields.derivedComplaint(e.type(), o) != null) {
                continue; // presync derives these; an event line may not give them
            }
            if (o.type() == ValueType.TEXT && e.text(o) != null) {
                json.writeStringField(o.spelling(), e.text(o));
            } else if (o.type() != ValueType.TEXT && e.number(o) != null) {
                json.writeNumberField(o.spelling(), e.number(o));
            }
        }
        json.writeEndObject();
    }

    private static Input input(String name, String command, List<Path> files) throws IOException {
        long bytes = 0;
        long lines = 0;
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            bytes += b.length;
            for (byte x : b) {
                lines += x == '\n' ? 1 : 0;
            }
        }
        return new Input(name, command, files, bytes, lines);
    }
}
