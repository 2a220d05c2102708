package dev.presync.cli.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.presync.cli.io.Outputs;
import dev.presync.cli.io.RandomText;
import dev.presync.cli.io.StdoutWriter;
import dev.presync.runtime.Action;
import dev.presync.runtime.Destination;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code run}'s lines, written as bytes by {@link ActionLines} onto the CLI's stdout writer, are the
 * bytes the Jackson path of before ({@link JacksonActionLines}) wrote through the same writer:
 * random actions and error lines, agents, states, rule names and messages from {@link RandomText}.
 */
class ActionLinesOracleTest {
    private static final RuleEvent ANY = RuleEvent.salesforceAgentLogout();

    @Test
    void randomLinesAreWrittenAsTheJacksonPathWroteThem() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            try {
                ByteArrayOutputStream expected = new ByteArrayOutputStream();
                StdoutWriter oldOut = StdoutWriter.over(expected);
                JacksonActionLines old = new JacksonActionLines(oldOut);
                ByteArrayOutputStream actual = new ByteArrayOutputStream();
                StdoutWriter newOut = StdoutWriter.over(actual);
                ActionLines lines = new ActionLines(Outputs.bytes(newOut));
                for (int n = random.nextInt(8); n > 0; n--) {
                    int line = random.nextInt(3) == 0 ? random.nextInt(Integer.MAX_VALUE) : random.nextInt(100);
                    String agent = random.nextInt(4) == 0 ? null : RandomText.of(random);
                    if (random.nextInt(4) == 0) {
                        String message = RandomText.of(random);
                        old.error(line, agent, message);
                        lines.error(line, agent, message);
                    } else {
                        List<Action> actions = new ArrayList<>();
                        for (int a = random.nextInt(4); a > 0; a--) {
                            actions.add(new Action(Destination.values()[random.nextInt(2)], RandomText.of(random),
                                    RandomText.of(random)));
                        }
                        RuleSet fires = event -> actions; // the rules are not under test, the writing is
                        old.actions(line, agent, fires, ANY);
                        lines.actions(line, agent, fires, ANY);
                    }
                    if (random.nextInt(3) == 0) {
                        old.flush();
                        lines.flush();
                    }
                }
                old.flush();
                oldOut.flush();
                lines.flush();
                newOut.flush();
                assertArrayEquals(expected.toByteArray(), actual.toByteArray(),
                        () -> expected.toString(StandardCharsets.UTF_8) + "\n" + actual.toString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
