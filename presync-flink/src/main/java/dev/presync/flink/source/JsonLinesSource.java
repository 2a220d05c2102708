package dev.presync.flink.source;

import dev.presync.compiler.source.SourceDecoder;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * <p>Parallel: subtask {@code i} of {@code n} reads the files whose index is {@code i} modulo
 * {@code n}, each from start to end. The position (file, lines read) is checkpointed, so a restore
 * goes on from where the checkpoint was taken instead of reading a file twice.
 */
public final class JsonLinesSource extends RichParallelSourceFunction<InputLine> implements CheckpointedFunction {
    private static final long serialVersionUID = 1L;
    private final int input;
    private final List<String> files;
    private volatile boolean running = true;
    private transient ListState<Long> positionState;
    /** The file index and the lines of it already emitted; guarded by the checkpoint lock. */
    private transient long fileIndex = -1;
    private transient long linesDone;

    public JsonLinesSource(int input, List<String> files) {
        this.input = input;
        this.files = List.copyOf(files);
    }

    @Override
    public void run(SourceContext<InputLine> ctx) throws Exception {
        int subtask = getRuntimeContext().getIndexOfThisSubtask();
        int parallelism = getRuntimeContext().getNumberOfParallelSubtasks();
        long startFile = fileIndex;
        long skip = linesDone;
        for (int i = subtask; i < files.size() && running; i += parallelism) {
            if (i < startFile) {
                continue;
            }
            long alreadyDone = i == startFile ? skip : 0;
            synchronized (ctx.getCheckpointLock()) {
                fileIndex = i;
                linesDone = alreadyDone;
            }
            read(ctx, files.get(i), alreadyDone);
        }
    }

    private void read(SourceContext<InputLine> ctx, String file, long alreadyDone) throws IOException {
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
                    linesDone = lines.number();
                }
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
        positionState.update(List.of(fileIndex, linesDone));
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        positionState = context.getOperatorStateStore().getUnionListState(
                new ListStateDescriptor<>("position-" + input, Long.class));
        fileIndex = -1;
        linesDone = 0;
        if (context.isRestored()) {
            restore(positionState.get());
        }
    }

    /** Union state: every subtask sees all positions; each takes the one of a file it owns now. */
    private void restore(Iterable<Long> all) {
        List<Long> values = new ArrayList<>();
        all.forEach(values::add);
        int subtask = getRuntimeContext().getIndexOfThisSubtask();
        int parallelism = getRuntimeContext().getNumberOfParallelSubtasks();
        for (int k = 0; k + 1 < values.size(); k += 2) {
            long file = values.get(k);
            if (file >= 0 && file % parallelism == subtask && file > fileIndex) {
                fileIndex = file;
                linesDone = values.get(k + 1);
            }
        }
    }
}
