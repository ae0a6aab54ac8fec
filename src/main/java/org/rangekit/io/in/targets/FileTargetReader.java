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

    /** Counts the bytes read through it, for the progress bar. */
    static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            count += k;
            return k;
        }
    }
}
