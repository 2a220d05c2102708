package dev.presync.cli.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON generator the CLI's JSON-lines outputs wrote through before they wrote bytes
 * ({@code io.JsonLineBytes}); kept in test scope as the oracle for those bytes. Its one addition to
 * Jackson: a UTF-16 surrogate without its partner, which an input may carry as {@code "\ud800"}
 * and which UTF-8 cannot encode, is written back as that escape instead of being turned into
 * {@code ?} by the encoder, so a value such as an agent id is echoed unchanged.
 */
public final class JsonLineOutput {
    private JsonLineOutput() {
    }

    /** A generator on {@code out} that writes one root value after another and never closes {@code out}. */
    public static JsonGenerator open(Writer out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(new LoneSurrogateEscapes(out));
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setRootValueSeparator(null); // each value ends its own line; no space before the next
        return json;
    }

    /**
     * Passes text through, writing an unpaired surrogate as a {@code \\uXXXX} escape. Jackson writes
     * surrogates only inside JSON strings, where that escape means the same character. A high
     * surrogate is held until the next character shows whether it is paired.
     */
    static final class LoneSurrogateEscapes extends FilterWriter {
        private char pendingHigh;

        LoneSurrogateEscapes(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            char ch = (char) c;
            if (pendingHigh != 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(ch)) {
                    out.write(high);
                    out.write(ch);
                    return;
                }
                escape(high);
            }
            if (Character.isHighSurrogate(ch)) {
                pendingHigh = ch;
            } else if (Character.isLowSurrogate(ch)) {
                escape(ch);
            } else {
                out.write(ch);
            }
        }

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            int end = offset + length;
            int i = offset;
            while (pendingHigh != 0 && i < end) {
                write(text[i++]); // settles the high surrogate the last write ended with
            }
            int plainFrom = i;
            while (true) {
                while (i < end && !Character.isSurrogate(text[i])) {
                    i++; // the usual case, a run of plain characters, scanned in a tight loop
                }
                if (i == end) {
                    break;
                }
                out.write(text, plainFrom, i - plainFrom);
                write(text[i++]);
                while (pendingHigh != 0 && i < end) {
                    write(text[i++]);
                }
                plainFrom = i;
            }
            out.write(text, plainFrom, end - plainFrom);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            write(text.toCharArray(), offset, length);
        }

        @Override
        public void flush() throws IOException {
            if (pendingHigh != 0) {
                escape(pendingHigh);
                pendingHigh = 0;
            }
            out.flush();
        }

        private void escape(char surrogate) throws IOException {
            out.write(String.format("\\u%04x", (int) surrogate));
        }
    }
}
