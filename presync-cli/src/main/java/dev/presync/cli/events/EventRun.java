package dev.presync.cli.events;

import dev.presync.cli.io.Outputs;
import dev.presync.compiler.diag.Problem;
import dev.presync.compiler.source.SourceDecoder;
import dev.presync.runtime.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

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
        for (byte[] bytes = input.next(); bytes != null; bytes = input.next()) {
            int number = input.lineNumber();
            ParsedLine parsed = parse(bytes);
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
                err.print(Problem.at(name, number, b.column(), new String(bytes, StandardCharsets.UTF_8), b.message()).render());
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
    private static ParsedLine parse(byte[] bytes) {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(bytes);
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
