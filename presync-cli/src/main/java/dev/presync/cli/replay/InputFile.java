package dev.presync.cli.replay;

import dev.presync.cli.events.AsciiLines;
import dev.presync.cli.events.LineInput;
import dev.presync.compiler.source.SourceDecoder;
import dev.presync.sync.replay.ReplayItem;
import dev.presync.sync.replay.ReplaySource;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * One replay input, read line by line into {@link ReplayItem}s; blank lines are skipped. A plain
 * line ({@link AsciiLines#isPlain}, the usual one) is read where it lies in the input's buffer;
 * any other is decoded first, so that bad UTF-8 is reported at its byte.
 */
final class InputFile implements ReplaySource {
    /** How one line of this input is read. */
    interface LineReader {
        /** Any line, as text. */
        ReplayItem read(String file, int line, String text);

        /** A plain line in place; read as its text would be. */
        ReplayItem read(String file, int line, byte[] bytes, int offset, int length);
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
        while (lines.advance()) {
            byte[] buffer = lines.bytes();
            int offset = lines.offset();
            int length = lines.length();
            if (lines.isPlain()) {
                if (!AsciiLines.isBlank(buffer, offset, length)) {
                    return reader.read(name, lines.lineNumber(), buffer, offset, length);
                }
                continue;
            }
            SourceDecoder.Decoded decoded = SourceDecoder.decode(Arrays.copyOfRange(buffer, offset, offset + length));
            if (!decoded.isValid()) {
                int column = decoded.text().codePointCount(0, decoded.text().length()) + 1;
                return new ReplayItem.Bad(name, lines.lineNumber(), column,
                        String.format("invalid UTF-8: byte 0x%02X", decoded.badByteValue()), lines.text());
            }
            if (!decoded.text().isBlank()) {
                return reader.read(name, lines.lineNumber(), decoded.text());
            }
        }
        return null;
    }
}
