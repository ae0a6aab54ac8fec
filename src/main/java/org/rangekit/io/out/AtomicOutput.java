package org.rangekit.io.out;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes an output so that readers see either the old file or the complete new one, never a
 * partial file, and so that a failure leaves nothing behind.
 *
 * <p>The bytes go to a temporary file in the target's own directory (same file system), which is
 * moved over the target with {@link StandardCopyOption#ATOMIC_MOVE} once the writer has finished;
 * where the file system cannot move atomically it falls back to a plain replacing move. On any
 * failure the temporary file is deleted and the target is left as it was. The target {@code "-"}
 * means standard output: the bytes are held back and written only when complete, so a failure
 * writes nothing there either. They are held in memory up to {@value #SPILL_BYTES} bytes and beyond
 * that spooled through a temporary file in {@code java.io.tmpdir} (deleted afterwards), so that an
 * output of any size (a million-row report runs to hundreds of megabytes) fits a bounded heap.
 *
 * <p>Before the move the file's data is forced to the device ({@link FileChannel#force}), so that
 * a crash just after the rename cannot leave an empty or short file under the target's name.
 * Temporary files still open when the JVM shuts down (SIGTERM, Ctrl-C, {@code System.exit}) are
 * deleted by a shutdown hook, so an interrupted run leaves no hidden {@code .NAME.NNN.tmp}
 * behind; only SIGKILL or a power loss can.
 *
 * <pre>{@code
 * AtomicOutput.write("rings.geojson", System.out, out -> GeoJsonWriter.write(out, features));
 * }</pre>
 *
 * <p>Not thread-safe; one instance per output.
 */
public final class AtomicOutput implements AutoCloseable {

    /** The target name that means standard output. */
    public static final String STDOUT = "-";

    /** Bytes of stdout output held in memory before spilling to a temporary file: small outputs never touch disk. */
    public static final int SPILL_BYTES = 16 << 20;

    /** Temporary files of outputs not yet committed or closed: what the shutdown hook deletes. */
    private static final Set<Path> OPEN_TEMP_FILES = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean HOOK_ADDED = new AtomicBoolean();

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream stdout;
    private final OutputStream stream;
    private boolean committed;

    private AtomicOutput(Path target, Path temp, FileChannel channel, OutputStream stdout, OutputStream stream) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.stdout = stdout;
        this.stream = stream;
    }

    /** Registers a temporary file for deletion at shutdown, adding the hook on first use. */
    private static void track(Path temp) {
        if (HOOK_ADDED.compareAndSet(false, true)) {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(AtomicOutput::deleteOpenTempFiles,
                        "rangekit-output-cleanup"));
            } catch (IllegalStateException shuttingDown) {
                // Already shutting down: the caller's own failure path deletes the file.
            }
        }
        OPEN_TEMP_FILES.add(temp);
    }

    private static void untrack(Path temp) {
        OPEN_TEMP_FILES.remove(temp);
    }

    /**
     * Deletes the temporary files of every output not yet committed or closed; what the shutdown
     * hook runs. A writer still writing keeps writing to the unlinked file, and its commit fails.
     */
    static void deleteOpenTempFiles() {
        for (Path p : OPEN_TEMP_FILES) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException | UncheckedIOException | SecurityException e) {
                // Best effort at exit: nothing to report to, and the next file may still go.
            }
            OPEN_TEMP_FILES.remove(p);
        }
    }

    /** The temporary files the shutdown hook would delete now (for tests). */
    static Set<Path> openTempFiles() {
        return Set.copyOf(OPEN_TEMP_FILES);
    }

    /**
     * Opens an output. Call {@link #commit()} when everything is written; {@link #close()}
     * without a commit discards the output.
     *
     * @param target a file path, or {@code "-"} for {@code stdout}
     * @param stdout where {@code "-"} writes (not closed by this class)
     */
    public static AtomicOutput open(String target, OutputStream stdout) throws IOException {
        if (STDOUT.equals(target)) {
            return new AtomicOutput(null, null, null, stdout, new Spool());
        }
        Path t = Path.of(target).toAbsolutePath().normalize();
        Path dir = t.getParent();
        if (dir == null || t.getFileName() == null) {
            throw new IOException("not a file path: " + target);
        }
        Path tmp = Files.createTempFile(dir, "." + t.getFileName() + ".", ".tmp");
        track(tmp);
        try {
            // createTempFile makes the file private (0600); an output file is meant to be read by others.
            if (Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            return new AtomicOutput(t, tmp, ch, null, Channels.newOutputStream(ch));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            untrack(tmp);
            throw e;
        }
    }

    /**
     * Opens {@code target}, runs {@code body} on its stream, and commits; on any exception from
     * {@code body} nothing is left at the target and the exception propagates.
     */
    public static void write(String target, OutputStream stdout, Body body) throws IOException {
        try (AtomicOutput out = open(target, stdout)) {
            body.writeTo(out.stream());
            out.commit();
        }
    }

    /** The stream to write to; do not close it, call {@link #commit()} or {@link #close()}. */
    public OutputStream stream() {
        return stream;
    }

    /** Finishes the output: moves the temporary file into place, or copies the buffer to stdout. */
    public void commit() throws IOException {
        if (committed) {
            return;
        }
        if (target == null) {
            ((Spool) stream).copyTo(stdout);
            stdout.flush();
        } else {
            stream.flush();
            channel.force(true);
            stream.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            untrack(temp);
        }
        committed = true;
    }

    /** Discards the output unless it was committed; removes any spool file of stdout output. */
    @Override
    public void close() throws IOException {
        if (target == null) {
            stream.close();
            return;
        }
        if (committed) {
            return;
        }
        try {
            stream.close();
        } finally {
            Files.deleteIfExists(temp);
            untrack(temp);
        }
    }

    /** Writes an output's bytes. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Stdout bytes held back until commit: in memory, then in a temporary file past {@link #SPILL_BYTES}. */
    private static final class Spool extends OutputStream {
        private ByteArrayOutputStream memory = new ByteArrayOutputStream();
        private Path file;
        private OutputStream fileStream;

        @Override
        public void write(int b) throws IOException {
            target(1).write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target(len).write(b, off, len);
        }

        private OutputStream target(int more) throws IOException {
            if (fileStream == null && memory.size() + (long) more > SPILL_BYTES) {
                file = Files.createTempFile("rangekit-", ".out");
                track(file);
                fileStream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                memory.writeTo(fileStream);
                memory = null;
            }
            return fileStream != null ? fileStream : memory;
        }

        void copyTo(OutputStream out) throws IOException {
            if (fileStream == null) {
                memory.writeTo(out);
            } else {
                fileStream.close();
                Files.copy(file, out);
            }
        }

        /** Deletes the spool file, if any. */
        @Override
        public void close() throws IOException {
            if (file != null) {
                try {
                    if (fileStream != null) {
                        fileStream.close();
                    }
                } finally {
                    Files.deleteIfExists(file);
                    untrack(file);
                    file = null;
                }
            }
        }
    }
}
