package dev.presync.cli.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.presync.cli.io.Outputs;
import dev.presync.cli.io.RandomText;
import dev.presync.cli.io.StdoutWriter;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.ValueType;
import dev.presync.sync.Command;
import dev.presync.sync.Oscillation;
import dev.presync.sync.SourceEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code replay}'s lines, written as bytes by {@link ReplayWriter}, are those of the Jackson path of
 * before ({@link JacksonReplayWriter}): on the CLI's stdout writer, and as the strings the Flink job
 * takes from {@link ReplayWriter#commandLine} and {@link ReplayWriter#oscillationLine}. Random
 * commands, oscillations, causes of every event type and times (whole seconds, fractions, years
 * beyond 9999 and before 1000).
 */
class ReplayWriterOracleTest {
    @Test
    void randomLinesAreWrittenAsTheJacksonPathWroteThem() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            try {
                ByteArrayOutputStream expected = new ByteArrayOutputStream();
                StdoutWriter oldOut = StdoutWriter.over(expected);
                JacksonReplayWriter old = new JacksonReplayWriter(oldOut);
                ByteArrayOutputStream actual = new ByteArrayOutputStream();
                StdoutWriter newOut = StdoutWriter.over(actual);
                ReplayWriter writer = new ReplayWriter(Outputs.bytes(newOut));
                for (int n = random.nextInt(6); n > 0; n--) {
                    Instant time = time(random);
                    String input = RandomText.of(random);
                    RuleEvent cause = cause(random);
                    Command command = command(random);
                    if (random.nextInt(3) == 0) {
                        List<String> rules = new ArrayList<>();
                        for (int r = random.nextInt(4); r > 0; r--) {
                            rules.add(RandomText.of(random));
                        }
                        Oscillation o = new Oscillation(RandomText.of(random), rules, command, (int) RandomText.number(random));
                        old.oscillation(time, o, input, cause);
                        writer.oscillation(time, o, input, cause);
                        assertEquals(JacksonReplayWriter.oscillationLine(time, o, input, cause),
                                ReplayWriter.oscillationLine(time, o, input, cause));
                    } else {
                        old.command(time, command, input, cause);
                        writer.command(time, command, input, cause);
                        assertEquals(JacksonReplayWriter.commandLine(time, command, input, cause),
                                ReplayWriter.commandLine(time, command, input, cause));
                    }
                    if (random.nextInt(3) == 0) {
                        old.flush();
                        writer.flush();
                    }
                }
                old.flush();
                oldOut.flush();
                writer.flush();
                newOut.flush();
                assertArrayEquals(expected.toByteArray(), actual.toByteArray(),
                        () -> expected.toString(StandardCharsets.UTF_8) + "\n" + actual.toString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Instant time(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> Instant.ofEpochSecond(random.nextLong() % 400_000_000_000L, random.nextInt(1_000_000_000));
            case 1 -> Instant.ofEpochSecond(1_795_000_000L + random.nextInt(100_000), random.nextInt(2) * 500_000_000L);
            default -> Instant.ofEpochSecond(1_795_000_000L + random.nextInt(100_000));
        };
    }

    private static Command command(Random random) {
        String agent = RandomText.of(random);
        return new Command(agent, Destination.values()[random.nextInt(2)], RandomText.of(random), RandomText.of(random),
                new SourceEvent.OmniLogout(agent));
    }

    /** An event of any type, each operand it carries present or not. */
    private static RuleEvent cause(Random random) {
        EventType type = EventType.values()[random.nextInt(EventType.values().length)];
        RuleEvent.Builder b = RuleEvent.builder(type);
        for (Operand o : type.carries()) {
            if (o.isDerived() || random.nextInt(4) == 0) {
                continue;
            }
            if (o.type() == ValueType.NUMBER) {
                b.number(o, random.nextInt(3) == 0 ? Long.MAX_VALUE : random.nextInt(1_000));
            } else {
                b.text(o, type == EventType.SALESFORCE_AGENT_LOGOUT ? EventType.LOGOUT_STATE : RandomText.of(random));
            }
        }
        return b.build();
    }
}
