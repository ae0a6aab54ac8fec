package org.rangekit.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 {@link PrintStream} that remembers the first write failure it swallowed. A plain
 * {@code PrintStream} only sets a flag ({@link #checkError()}) and drops the cause; {@link Main}
 * needs the cause for its one line ({@code cannot write standard output: No space left on device}).
 */
final class CheckedPrintStream extends PrintStream {

    private final Recorder recorder;

    /**
     * @param out the stream written to (the process's stdout, buffered)
     */
    CheckedPrintStream(OutputStream out) {
        this(new Recorder(out));
    }

    private CheckedPrintStream(Recorder recorder) {
        super(recorder, false, StandardCharsets.UTF_8);
        this.recorder = recorder;
    }

    /** The first write or flush failure, or null if none (call {@link #checkError()} first: it flushes). */
    IOException failure() {
        return recorder.first;
    }

    /** Passes everything through and keeps the first exception it saw. */
    private static final class Recorder extends FilterOutputStream {
        private IOException first;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw record(e);
            }
        }

        private IOException record(IOException e) {
            if (first == null) {
                first = e;
            }
            return e;
        }
    }
}
