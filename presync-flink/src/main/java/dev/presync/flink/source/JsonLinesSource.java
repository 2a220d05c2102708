package dev.presync.flink.source;

import dev.presync.compiler.source.SourceDecoder;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.source.RichParallelSourceFunction;

/**
 * Reads files of JSON lines (Agent Event Stream records as Kinesis Data Firehose archives them with
 * its newline delimiter, or Omni-Channel events), gzip-compressed or not, into {@link InputLine}s.
 * Blank lines are skipped, as {@code presync replay} skips them.
 *
 * <p>Parallel: each file is read by one subtask from start to end; at first subtask {@code i} of
 * {@code n} takes the files whose index is {@code i} modulo {@code n}. How far each file has been
 * read is checkpointed as one list entry per file, so after a restore (at any parallelism) every
 * file goes on from where the checkpoint was taken, read by whichever subtask its entry went to.
 */
public final class JsonLinesSource extends RichParallelSourceFunction<InputLine> implements CheckpointedFunction {
    private static final long serialVersionUID = 1L;
    private static final long DONE = Long.MAX_VALUE;
    private final int input;
    private final List<String> files;
    private volatile boolean running = true;
    private transient ListState<String> positionState;
    /** File index -> lines of it already emitted ({@link #DONE} when finished); guarded by the checkpoint lock. */
    private transient TreeMap<Integer, Long> owned;

    public JsonLinesSource(int input, List<String> files) {
        this.input = input;
        this.files = List.copyOf(files);
    }

    @Override
    public void run(SourceContext<InputLine> ctx) throws Exception {
        for (Map.Entry<Integer, Long> file : new ArrayList<>(owned.entrySet())) {
            if (!running) {
                return;
            }
            if (file.getValue() != DONE) {
                read(ctx, file.getKey(), file.getValue());
            }
        }
    }

    private void read(SourceContext<InputLine> ctx, int index, long alreadyDone) throws IOException {
        String file = files.get(index);
        try (InputStream in = open(file)) {
            LineReader lines = new LineReader(in);
            for (byte[] bytes = lines.next(); bytes != null && running; bytes = lines.next()) {
                if (lines.number() <= alreadyDone) {
                    continue;
                }
                SourceDecoder.Decoded decoded = SourceDecoder.decode(bytes);
                InputLine line = decoded.text().isBlank() && decoded.isValid() ? null
                        : new InputLine(input, file, lines.number(), "", decoded.text(),
                        decoded.isValid() ? -1 : decoded.badByteValue());
                synchronized (ctx.getCheckpointLock()) {
                    if (line != null) {
                        ctx.collect(line);
                    }
                    owned.put(index, lines.number());
                }
            }
        }
        if (running) {
            synchronized (ctx.getCheckpointLock()) {
                owned.put(index, DONE);
            }
        }
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(file)), 1 << 16);
        return file.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    @Override
    public void cancel() {
        running = false;
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        List<String> entries = new ArrayList<>();
        owned.forEach((file, lines) -> entries.add(file + "/" + lines));
        positionState.update(entries);
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        positionState = context.getOperatorStateStore().getListState(
                new ListStateDescriptor<>("file-positions-" + input, String.class));
        owned = new TreeMap<>();
        if (context.isRestored()) {
            for (String entry : positionState.get()) {
                int slash = entry.indexOf('/');
                owned.put(Integer.parseInt(entry.substring(0, slash)), Long.parseLong(entry.substring(slash + 1)));
            }
        } else {
            int subtask = getRuntimeContext().getIndexOfThisSubtask();
            int parallelism = getRuntimeContext().getNumberOfParallelSubtasks();
            for (int i = subtask; i < files.size(); i += parallelism) {
                owned.put(i, 0L);
            }
        }
    }
}
