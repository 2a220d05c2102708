package dev.presync.cli.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
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
}
