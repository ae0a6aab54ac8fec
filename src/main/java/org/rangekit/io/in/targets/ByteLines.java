package org.rangekit.io.in.targets;

import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a byte stream, split exactly where {@link java.io.BufferedReader#readLine()} splits
 * them (at {@code \n}, {@code \r} or {@code \r\n}), without decoding: the bytes of each line stay in
 * one large buffer, filled by reads of {@value #BUFFER_BYTES} bytes. Since {@code \n} and
 * {@code \r} never occur inside a UTF-8 multi-byte sequence, decoding each line on its own gives
 * the same text as decoding the whole stream.
 *
 * <p>A line longer than {@value #MAX_LINE_BYTES} bytes is not kept: {@link #tooLong()} is true and
 * its bytes are skipped up to the next line break, so one huge line cannot exhaust the memory.
 *
 * <h2>Thread safety</h2>
 * Not thread-safe; one reader per stream.
 */
final class ByteLines {

    /** Bytes asked for per read. */
    static final int BUFFER_BYTES = 1 << 20;
    /**
     * Longest line kept (bytes, without its line break), and the longest CSV row
     * ({@link CsvTargetReader}): 1 MiB, the documented limit of target files (docs/coverage.md,
     * input limits), far above any honest row and small enough for any heap.
     */
    static final int MAX_LINE_BYTES = BUFFER_BYTES;

    private final InputStream in;
    private byte[] buf;
    private int pos;
    private int lim;
    private boolean eof;
    /** The previous line ended with {@code \r}: a {@code \n} right after it belongs to that break. */
    private boolean afterCr;

    private int start;
    private int end;
    private boolean tooLong;

    ByteLines(InputStream in) {
        this(in, MAX_LINE_BYTES);
    }

    /** With a smaller limit, for tests (bytes). */
    ByteLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.buf = new byte[maxLineBytes + 1];
    }

    /** The buffer holding the current line, from {@link #start()} (inclusive) to {@link #end()} (exclusive). */
    byte[] bytes() {
        return buf;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** True when the current line was longer than the limit; its bytes are not available. */
    boolean tooLong() {
        return tooLong;
    }

    /** Advances to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        tooLong = false;
        if (afterCr) {
            if (pos == lim && !fill()) {
                return false;
            }
            if (buf[pos] == '\n') {
                pos++;
            }
            afterCr = false;
        }
        if (pos == lim && !fill()) {
            return false;
        }
        int scan = pos;
        while (true) {
            byte[] b = buf;
            for (int i = scan; i < lim; i++) {
                byte c = b[i];
                if (c == '\n' || c == '\r') {
                    start = pos;
                    end = i;
                    pos = i + 1;
                    afterCr = c == '\r';
                    return true;
                }
            }
            if (eof) {
                start = pos;
                end = lim;
                pos = lim;
                return true;
            }
            int have = lim - pos;
            if (have == buf.length) {
                skipRestOfLine();
                return true;
            }
            scan = lim - pos;
            compact();
            scan = pos + scan;
            readMore();
        }
    }

    /** The line filled the whole buffer: drop it up to and including its line break. */
    private void skipRestOfLine() throws IOException {
        tooLong = true;
        start = 0;
        end = 0;
        pos = lim;
        while (true) {
            if (pos == lim && !fill()) {
                return;
            }
            for (int i = pos; i < lim; i++) {
                if (buf[i] == '\n' || buf[i] == '\r') {
                    afterCr = buf[i] == '\r';
                    pos = i + 1;
                    return;
                }
            }
            pos = lim;
        }
    }

    /** Moves the unread bytes to the front of the buffer. */
    private void compact() {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
    }

    /** Reads once into the free end of the buffer (at least one byte unless at the end). */
    private void readMore() throws IOException {
        int n;
        do {
            n = in.read(buf, lim, Math.min(BUFFER_BYTES, buf.length - lim));
        } while (n == 0);
        if (n < 0) {
            eof = true;
        } else {
            lim += n;
        }
    }

    /** Refills an empty buffer; false at the end of the stream. */
    private boolean fill() throws IOException {
        pos = 0;
        lim = 0;
        while (lim == 0 && !eof) {
            readMore();
        }
        return lim > 0;
    }
}
