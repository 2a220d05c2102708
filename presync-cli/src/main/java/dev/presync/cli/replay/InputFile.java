package dev.presync.cli.replay;

import dev.presync.cli.events.LineInput;
import dev.presync.compiler.source.SourceDecoder;
import dev.presync.sync.replay.ReplayItem;
import dev.presync.sync.replay.ReplaySource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** One replay input, read line by line into {@link ReplayItem}s; blank lines are skipped. */
final class InputFile implements ReplaySource {
    /** How one line of this input is read. */
    @FunctionalInterface
    interface LineReader {
        ReplayItem read(String file, int line, String text);
    }

    private final String name;
    private final LineInput lines;
    private final LineReader reader;

    InputFile(String name, InputStream in, LineReader reader) {
        this.name = name;
        this.lines = new LineInput(in);
        this.reader = reader;
    }

    @Override
    public ReplayItem next() throws IOException {
        for (byte[] bytes = lines.next(); bytes != null; bytes = lines.next()) {
            SourceDecoder.Decoded decoded = SourceDecoder.decode(bytes);
            if (!decoded.isValid()) {
                int column = decoded.text().codePointCount(0, decoded.text().length()) + 1;
                return new ReplayItem.Bad(name, lines.lineNumber(), column,
                        String.format("invalid UTF-8: byte 0x%02X", decoded.badByteValue()),
                        new String(bytes, StandardCharsets.UTF_8));
            }
            if (!decoded.text().isBlank()) {
                return reader.read(name, lines.lineNumber(), decoded.text());
            }
        }
        return null;
    }
}
