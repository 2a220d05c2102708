package dev.presync.cli.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Surrogates split over writes: a pair stays a pair, a lone one becomes its escape. */
class JsonLineOutputTest {
    @Test
    void aPairSplitAcrossTwoWritesStaysAPair() throws IOException {
        StringWriter target = new StringWriter();
        Writer w = new JsonLineOutput.LoneSurrogateEscapes(target);
        w.write("a\uD83D");
        w.write("\uDE00b".toCharArray(), 0, 2);
        w.write('c');
        w.flush();
        assertEquals("a\uD83D\uDE00bc", target.toString());
    }

    @Test
    void aHighSurrogateAtTheEndOfTheTextIsEscapedOnFlush() throws IOException {
        StringWriter target = new StringWriter();
        Writer w = new JsonLineOutput.LoneSurrogateEscapes(target);
        w.write("x\uD800");
        assertEquals("x", target.toString());
        w.flush();
        assertEquals("x\\ud800", target.toString());
    }

    @Test
    void twoHighSurrogatesAreBothEscaped() throws IOException {
        StringWriter target = new StringWriter();
        Writer w = new JsonLineOutput.LoneSurrogateEscapes(target);
        w.write('\uD800');
        w.write("\uD801\"");
        w.flush();
        assertEquals("\\ud800\\ud801\"", target.toString());
    }

    @Test
    void writingTextInPiecesEqualsWritingItOneCharacterAtATime() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            char[] text = new char[random.nextInt(60)];
            char[] pick = {'a', '"', '\uD83D', '\uDE00', '\uD800', '\uDFFF', 'é'};
            for (int i = 0; i < text.length; i++) {
                text[i] = pick[random.nextInt(pick.length)];
            }
            try {
                StringWriter byChar = new StringWriter();
                Writer one = new JsonLineOutput.LoneSurrogateEscapes(byChar);
                for (char c : text) {
                    one.write(c);
                }
                one.flush();
                StringWriter byPiece = new StringWriter();
                Writer pieces = new JsonLineOutput.LoneSurrogateEscapes(byPiece);
                for (int at = 0; at < text.length; ) {
                    int n = Math.min(text.length - at, random.nextInt(8));
                    pieces.write(text, at, n);
                    at += n;
                }
                pieces.flush();
                assertEquals(byChar.toString(), byPiece.toString(), new String(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
