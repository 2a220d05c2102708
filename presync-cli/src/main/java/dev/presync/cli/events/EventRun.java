package dev.presync.cli.events;

import dev.presync.cli.io.Outputs;
import dev.presync.compiler.diag.Problem;
import dev.presync.compiler.source.SourceDecoder;
import dev.presync.runtime.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Arrays;

/**
 * The loop behind {@code presync run}: reads event lines, evaluates each and writes one JSON line
 * per non-blank input line, as it goes. A library entry point, so that the command and the
 * ingestion benchmark (presync-bench) run exactly the same code.
 */
public final class EventRun {
    private EventRun() {
    }

    /**
     * Evaluates every line of {@code in}; actions go to {@code out}, bad lines (and the trace, when
     * {@code tracer} is not null) to {@code err}. Returns whether any line was bad.
     *
     * @param name how the input is named in messages
     */
    public static boolean run(RuleSet ruleSet, RuleTrace tracer, InputStream in, String name, PrintWriter out,
                              PrintWriter err) throws IOException {
        LineInput input = new LineInput(in);
        boolean bad = false;
        ActionLines lines = new ActionLines(Outputs.bytes(out));
        while (input.advance()) {
            int number = input.lineNumber();
            ParsedLine parsed = parse(input);
            if (parsed == null) {
                continue; // blank
            }
            if (parsed instanceof ParsedLine.Event e) {
                if (tracer != null) {
                    tracer.event(name + ":" + number, e.event());
                }
                lines.actions(number, e.agent(), ruleSet, e.event());
            } else {
                ParsedLine.Bad b = (ParsedLine.Bad) parsed;
                bad = true;
                lines.error(number, b.agent(), b.message());
                lines.flush();
                out.flush();
                err.print(Problem.at(name, number, b.column(), input.text(), b.message()).render());
                err.flush();
            }
            if (!input.hasBufferedInput()) {
                lines.flush();
                Outputs.check(out); // stop at once when stdout is gone, rather than evaluate into the void
            }
        }
        lines.flush();
        out.flush();
        return bad;
    }

    /** The line read, or null when blank; bad UTF-8 is a bad line pointing at the first bad byte. */
    private static ParsedLine parse(LineInput input) {
        byte[] buffer = input.bytes();
        int offset = input.offset();
        int length = input.length();
        if (input.isPlain()) { // the usual line: read in place, from its bytes
            return AsciiLines.isBlank(buffer, offset, length) ? null : EventLineParser.parse(buffer, offset, length);
        }
        SourceDecoder.Decoded decoded = SourceDecoder.decode(Arrays.copyOfRange(buffer, offset, offset + length));
        if (!decoded.isValid()) {
            int column = decoded.text().codePointCount(0, decoded.badByteOffset()) + 1;
            return new ParsedLine.Bad(column, decoded.problem(), null);
        }
        if (decoded.text().isBlank()) {
            return null;
        }
        return EventLineParser.parse(decoded.text());
    }
}
