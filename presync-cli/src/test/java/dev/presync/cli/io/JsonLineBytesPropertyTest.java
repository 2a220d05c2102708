package dev.presync.cli.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.presync.cli.events.JsonLineOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonLineBytes} writes the bytes that Jackson's character generator, the lone-surrogate
 * filter and the UTF-8 encoder wrote before it ({@link JsonLineOutput}, the oracle): random lines of
 * random objects and arrays, keys and strings from {@link RandomText}, numbers from the extremes.
 */
class JsonLineBytesPropertyTest {
    /** The same calls on both writers. */
    private static final class Both {
        final JsonGenerator jackson;
        final JsonLineBytes bytes;

        Both(JsonGenerator jackson, JsonLineBytes bytes) {
            this.jackson = jackson;
            this.bytes = bytes;
        }

        void value(Random random, int depth) throws IOException {
            switch (depth >= 3 ? random.nextInt(2) : random.nextInt(4)) {
                case 0 -> {
                    String s = RandomText.of(random);
                    jackson.writeString(s);
                    bytes.string(s);
                }
                case 1 -> {
                    long n = RandomText.number(random);
                    jackson.writeNumber(n);
                    bytes.number(n);
                }
                case 2 -> object(random, depth + 1);
                default -> {
                    jackson.writeStartArray();
                    bytes.startArray();
                    for (int i = random.nextInt(4); i > 0; i--) {
                        value(random, depth + 1);
                    }
                    jackson.writeEndArray();
                    bytes.endArray();
                }
            }
        }

        void object(Random random, int depth) throws IOException {
            jackson.writeStartObject();
            bytes.startObject();
            for (int i = random.nextInt(5); i > 0; i--) {
                String key = RandomText.of(random);
                jackson.writeFieldName(key);
                bytes.key(JsonLineBytes.key(key));
                value(random, depth);
            }
            jackson.writeEndObject();
            bytes.endObject();
        }
    }

    @Test
    void randomLinesAreWrittenByteForByteAsJacksonWroteThem() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            try {
                ByteArrayOutputStream expected = new ByteArrayOutputStream();
                OutputStreamWriter encoder = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
                ByteArrayOutputStream actual = new ByteArrayOutputStream();
                Both both = new Both(JsonLineOutput.open(encoder), new JsonLineBytes(actual));
                for (int line = random.nextInt(6); line > 0; line--) {
                    both.object(random, 0);
                    both.jackson.writeRaw('\n');
                    both.bytes.endLine();
                    if (random.nextInt(3) == 0) {
                        both.jackson.flush();
                        both.bytes.flush();
                    }
                }
                both.jackson.flush();
                both.bytes.flush();
                assertArrayEquals(expected.toByteArray(), actual.toByteArray(),
                        () -> expected.toString(StandardCharsets.UTF_8) + "\n" + actual.toString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void eachEscapeIsTheOneJacksonChose() {
        JsonLineBytes b = new JsonLineBytes(null);
        b.string("\"\\/\b\t\n\f\r\u0000\u001f\u007f\u2028\uD83D\uDE00\uDFFF\uD800x\uDBFF");
        assertEquals("\"\\\"\\\\/\\b\\t\\n\\f\\r\\u0000\\u001F\u007f\u2028\uD83D\uDE00\\udfff\\ud800x\\udbff\"", b.text());
    }
}
