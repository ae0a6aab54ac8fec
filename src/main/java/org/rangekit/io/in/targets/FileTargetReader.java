package org.rangekit.io.in.targets;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * What the file readers share: the file's name for messages, the count of bytes read (for the
 * progress bar) and the reporting and counting of skipped rows.
 */
abstract class FileTargetReader implements TargetReader {

    /** The file's name, as messages and bad rows name it. */
    final String source;
    private final CountingStream counter;
    private final Consumer<BadRow> onBadRow;
    private long bad;

    FileTargetReader(String source, CountingStream counter, Consumer<BadRow> onBadRow) {
        this.source = source;
        this.counter = counter;
        this.onBadRow = onBadRow;
    }

    /** Counts a skipped row and passes it to the handler (which may throw to stop, in strict mode). */
    final void skip(long line, String reason) {
        bad++;
        onBadRow.accept(new BadRow(source, line, reason));
    }

    @Override
    public final long badRowCount() {
        return bad;
    }

    @Override
    public final long bytesRead() {
        return counter.count;
    }

    /**
     * Counts the bytes read through it, for the progress bar; optionally refuses to read past a
     * budget ({@link #budget(long)}), so that a reader holding one record in memory stays bounded.
     */
    static final class CountingStream extends FilterInputStream {
        long count;
        private long limit = Long.MAX_VALUE;

        CountingStream(InputStream in) {
            super(in);
        }

        /** Allows {@code bytes} more bytes to be read from here on; beyond them reads throw {@link OverBudget}. */
        void budget(long bytes) {
            limit = count + bytes;
        }

        private void check() throws OverBudget {
            if (count > limit) {
                throw new OverBudget();
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
                check();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                check();
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            count += k;
            check();
            return k;
        }
    }

    /** Thrown by a {@link CountingStream} read past its budget. */
    static final class OverBudget extends IOException {
        private static final long serialVersionUID = 1L;

        OverBudget() {
            super("read past the budget");
        }
    }
}
