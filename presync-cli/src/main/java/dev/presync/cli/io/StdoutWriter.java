package dev.presync.cli.io;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The process's stdout as a {@link PrintWriter} that remembers why a write failed. A PrintWriter
 * only says that something failed ({@link #checkError()}); {@link System#out} does not even say that,
 * so {@code presync run ... > /dev/full} used to exit 0. This writes to the file descriptor itself
 * and keeps the first error's reason for the message.
 */
public final class StdoutWriter extends PrintWriter {
    private final Recorder recorder;
    private final OutputStream bytes;

    private StdoutWriter(Recorder recorder, OutputStream raw) {
        super(recorder, false);
        this.recorder = recorder;
        this.bytes = new Bytes(raw);
    }

    /** UTF-8 whatever the platform default, since status names are Unicode. */
    public static StdoutWriter open() {
        return over(new FileOutputStream(FileDescriptor.out));
    }

    /** Over any stream; what tests use to write to a full device. */
    public static StdoutWriter over(OutputStream out) {
        return new StdoutWriter(new Recorder(new OutputStreamWriter(out, StandardCharsets.UTF_8)), out);
    }

    /**
     * The same stdout for bytes already encoded as UTF-8, past the character encoder; text written
     * to this writer before goes first. Like the writer, it does not throw: a failure is kept for
     * {@link Outputs#check} and {@link #checkError()}.
     */
    OutputStream bytes() {
        return bytes;
    }

    String reason() {
        return recorder.failure == null ? "the output failed" : IoProblem.reason(recorder.failure, "no such file");
    }

    /** Writes to the stream under this writer, after what the writer holds, and keeps the first failure. */
    private final class Bytes extends OutputStream {
        private final OutputStream raw;

        Bytes(OutputStream raw) {
            this.raw = raw;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            StdoutWriter.this.flush(); // text written before these bytes must arrive before them
            try {
                raw.write(b, off, len);
            } catch (IOException e) {
                failed(e);
            }
        }

        @Override
        public void flush() {
            try {
                raw.flush();
            } catch (IOException e) {
                failed(e);
            }
        }

        private void failed(IOException e) {
            recorder.remember(e);
            setError();
        }
    }

    /** Passes everything on, and keeps the first failure. */
    private static final class Recorder extends Writer {
        private final Writer out;
        private IOException failure;

        Recorder(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            try {
                out.write(buf, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
