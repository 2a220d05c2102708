package dev.presync.cli.events;

import com.fasterxml.jackson.core.JsonParser;

/** Positions and messages from Jackson, in the form presync reports them. */
public final class JsonMessages {
    private JsonMessages() {
    }

    /** The 1-based column of the parser's current token. */
    public static int column(JsonParser p) {
        return Math.max(1, p.currentTokenLocation().getColumnNr());
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
