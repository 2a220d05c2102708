package dev.presync.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.presync.cli.Main;
import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arbitrary bytes as the events of {@code presync run RULES --events -}: whatever the lines hold,
 * every non-blank line gets exactly one answer, in order (actions or an error), the exit status
 * is 0 or 1, and no internal error reaches the user. Seeds: the event lines of the goldens and
 * the rules examples, one line per file.
 */
class EventLinesFuzzTest {
    private static final Pattern ANSWER = Pattern.compile("^\\{\"line\":(\\d+),");
    private static final String RULES = """
            rule r1 on ConnectAgentStateChange when ConnectNewState == 'Lunch' and ConnectOldState != 'Lunch' set Salesforce 'Lunch'
            rule r2 on SalesforceAgentStateChange when SalesforceNewState == 'Available' set Connect 'Available'
            rule r3 on SalesforceAgentLogout set Connect 'Offline'
            rule r4 on SalesforceWorkAccepted when SalesforceServiceChannel == 'sfdc_phone' set Connect 'OnCall'
            rule r5 on SalesforceWorkloadChanged when SalesforceNewWorkloadPct >= 100 or SalesforcePreviousWorkload < SalesforceNewWorkload set Connect 'Unavailable'
            """;
    private static final Path RULES_FILE = writeRules();

    @FuzzTest(maxDuration = "30s")
    void everyLineAnswered(byte[] events) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new ByteArrayInputStream(events), new PrintWriter(out), new PrintWriter(err),
                "run", RULES_FILE.toString(), "--events", "-");
        assertTrue(exit == 0 || exit == 1, () -> "exit " + exit + "\n" + err);
        // Main starts the line with it; the same words inside an echoed input line are the user's.
        assertFalse(err.toString().lines().anyMatch(l -> l.startsWith("internal error:")), err::toString);

        List<Integer> answered = new ArrayList<>();
        for (String line : out.toString().split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = ANSWER.matcher(line);
            assertTrue(m.find(), () -> "not an answer line: " + line);
            answered.add(Integer.parseInt(m.group(1)));
        }
        assertEquals(nonBlankLines(events), answered, "line numbers answered");
    }

    /** The 1-based numbers of the lines that need an answer: LF ends a line, a CR before it is dropped. */
    private static List<Integer> nonBlankLines(byte[] bytes) {
        List<Integer> lines = new ArrayList<>();
        int start = 0;
        int number = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            number++;
            int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            if (!isBlank(Arrays.copyOfRange(bytes, start, stop))) {
                lines.add(number);
            }
            start = end + 1;
        }
        return lines;
    }

    private static boolean isBlank(byte[] line) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line)).toString().isBlank();
        } catch (CharacterCodingException e) {
            return false; // bad UTF-8 is an error line
        }
    }

    private static Path writeRules() {
        Compilation c = PresyncCompiler.compile("fuzz.rules", RULES);
        if (c.hasErrors()) {
            throw new IllegalStateException("the fuzz target's rules do not check:\n" + c.render());
        }
        try {
            Path file = Files.createTempFile("presync-fuzz", ".rules");
            file.toFile().deleteOnExit();
            return Files.writeString(file, RULES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
