package dev.presync.cli.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Pattern;

/** Positions and messages from Jackson, in the form presync reports them. */
public final class JsonMessages {
    /** What every line-oriented input expects, said wherever a line is not that. */
    public static final String ONE_PER_LINE = "each event is one JSON object on one line";

    /** Jackson's note of where a token started; the line it names is always 1 here, so it only confuses. */
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)|\\s*at \\[Source:[^\\]]*\\]");

    private JsonMessages() {
    }

    /** The 1-based column of the parser's current token. */
    public static int column(JsonParser p) {
        return Math.max(1, p.currentTokenLocation().getColumnNr());
    }

    /**
     * The message for a line Jackson could not parse. A line that ends inside its object is what a
     * pretty-printed file gives, so it says how events are laid out rather than what Jackson expected.
     */
    public static String notValid(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "not valid JSON: the line ends before the JSON object does; " + ONE_PER_LINE;
        }
        return "not valid JSON: " + SOURCE.matcher(firstLine(e.getOriginalMessage())).replaceAll("");
    }

    /** The message for a number whose exponent is beyond what presync (and {@code BigDecimal}) can hold. */
    public static String outOfRange(String number) {
        return "the number " + number + " is out of range: its exponent is too large";
    }

    /** Jackson's message without the source excerpt it appends after the first line. */
    public static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
