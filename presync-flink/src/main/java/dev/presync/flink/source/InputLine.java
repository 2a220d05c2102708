package dev.presync.flink.source;

/**
 * One line of input as read, before parsing: which input it belongs to, where it came from, and
 * its text. A POJO, so Flink serialises it without Kryo.
 *
 * <p>{@code source}, {@code line} and {@code position} place the line for messages and order the
 * events of one agent that share a time, the way {@code presync replay} does: the Connect input
 * before the Salesforce one, then the order within the input.
 */
public class InputLine {
    /** {@link #CONNECT} or {@link #SALESFORCE}. */
    public int input;
    /** The file as named (a directory's files under its name) or the Kinesis stream and shard. */
    public String source;
    /** The 1-based line number in a file; 0 for a Kinesis record. */
    public long line;
    /** The Kinesis sequence number; empty for a file line. */
    public String position = "";
    /** The text, as far as it is valid UTF-8. */
    public String text;
    /** The first byte that is not valid UTF-8, or -1 when the whole line is valid. */
    public int badByte = -1;

    public static final int CONNECT = 0;
    public static final int SALESFORCE = 1;

    public InputLine() {
    }

    public InputLine(int input, String source, long line, String position, String text, int badByte) {
        this.input = input;
        this.source = source;
        this.line = line;
        this.position = position;
        this.text = text;
        this.badByte = badByte;
    }

    /** Where the line came from, as messages and the replay's {@code cause.input} name it. */
    public String origin() {
        return line > 0 ? source + ":" + line : source + ":" + position;
    }
}
