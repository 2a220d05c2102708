package dev.presync.flink.job;

import dev.presync.compiler.diag.DiagnosticRenderer;
import dev.presync.compiler.diag.Severity;
import dev.presync.flink.source.InputLine;
import dev.presync.sync.SourceEvent;
import dev.presync.sync.replay.ReplayItem;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Reads each input line where it was read (before the shuffle by agent): events go on with their
 * agent and time; ignored lines are counted; bad lines are counted and rendered to
 * {@link Reports#TAG}, so nothing is dropped without a trace.
 */
final class LineParser extends ProcessFunction<InputLine, TimedEvent> {
    private static final long serialVersionUID = 1L;
    private transient LongCounter events;
    private transient LongCounter ignored;
    private transient LongCounter bad;

    @Override
    public void open(Configuration parameters) {
        events = getRuntimeContext().getLongCounter(Reports.EVENTS);
        ignored = getRuntimeContext().getLongCounter(Reports.IGNORED);
        bad = getRuntimeContext().getLongCounter(Reports.BAD);
    }

    @Override
    public void processElement(InputLine line, Context ctx, Collector<TimedEvent> out) {
        ReplayItem item = LineReading.read(line);
        if (item instanceof ReplayItem.Timed timed) {
            events.add(1);
            SourceEvent event = timed.event();
            out.collect(new TimedEvent(event.agent(), timed.time().getEpochSecond(), timed.time().getNano(), line));
        } else if (item instanceof ReplayItem.Ignored) {
            ignored.add(1);
        } else {
            bad.add(1);
            ReplayItem.Bad b = (ReplayItem.Bad) item;
            ctx.output(Reports.TAG, DiagnosticRenderer.render(b.file(), b.line(), b.column(), b.text(), 1, Severity.ERROR,
                    b.message(), null));
        }
    }
}
