package dev.presync.cli.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.presync.sync.replay.ReplayItem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An input read line by line from its bytes gives, line for line, what each line's text gives:
 * a plain line read in place is read as its text, and any other line is decoded and read as text.
 */
class InputFileTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/replay");

    @Test
    void eachLineReadsAsItsText() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(GOLDEN.resolve("day.connect.jsonl")));
        String first = lines.get(0);
        lines.add("");
        lines.add(first.replace("\"", "“")); // not ASCII: decoded, then read as text (and bad there)
        lines.add(first.substring(0, first.length() / 2)); // cut short: bad, its message from the text
        lines.add(first.replace("{", "{\"x\":1,\"x\":2,")); // a key twice: Jackson's message and column
        lines.add("  \t ");
        lines.add(first);
        List<ReplayItem> want = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                want.add(SourceLines.connect("day", i + 1, lines.get(i)));
            }
        }
        assertEquals(want, readAll(String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A line with a NUL before each character is not read from its bytes: Jackson's byte parser
     * would take it for UTF-16 and read a record where the text holds none.
     */
    @Test
    void aLineLikeUtf16IsReadAsItsText() throws IOException {
        String first = Files.readAllLines(GOLDEN.resolve("day.connect.jsonl")).get(0);
        byte[] utf16 = first.getBytes(StandardCharsets.UTF_16BE);
        List<ReplayItem> got = readAll(utf16);
        assertEquals(List.of(SourceLines.connect("day", 1, new String(utf16, StandardCharsets.UTF_8))), got);
        assertInstanceOf(ReplayItem.Bad.class, got.get(0));
    }

    private static List<ReplayItem> readAll(byte[] bytes) throws IOException {
        InputFile file = new InputFile("day", new ByteArrayInputStream(bytes), SourceLines.CONNECT);
        List<ReplayItem> items = new ArrayList<>();
        for (ReplayItem item = file.next(); item != null; item = file.next()) {
            items.add(item);
        }
        return items;
    }
}
