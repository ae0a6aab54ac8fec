package org.rangekit.io.out;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.rangekit.text.Quote;

/**
 * An output that could not be written, named as the user gave it ({@code -o rings.geojson},
 * {@code /dev/fd/63}, or {@code "-"} for standard output), never by a temporary file, with the
 * operating system's cause ({@code "No space left on device"}).
 *
 * <p>{@link #getMessage()} is the one line a command line prints:
 * {@code cannot write '/dev/full': No space left on device}, or
 * {@code cannot write standard output: Broken pipe}.
 */
public final class OutputException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String target;
    private final String reason;
    private final boolean userFixable;

    /**
     * @param target the output as the user named it; {@value AtomicOutput#STDOUT} for standard output
     * @param reason why, in a few words ({@code "No space left on device"})
     * @param userFixable whether the user can fix it by choosing another path or changing a file's
     *        permissions (permission denied, a read-only file, a missing directory), as opposed to a
     *        failure of the device itself (a full disk, an I/O error, a closed pipe)
     * @param cause the underlying failure, or null
     */
    public OutputException(String target, String reason, boolean userFixable, Throwable cause) {
        super(describe(target) + ": " + reason, cause);
        this.target = target;
        this.reason = reason;
        this.userFixable = userFixable;
    }

    /** Wraps a failure of writing {@code target}: the reason comes from {@code cause}, the name from the user. */
    public static OutputException of(String target, IOException cause) {
        if (cause instanceof OutputException o) {
            return o;
        }
        return new OutputException(target, reasonOf(cause),
                cause instanceof AccessDeniedException || cause instanceof NoSuchFileException, cause);
    }

    /** The output as the user named it; {@value AtomicOutput#STDOUT} for standard output. */
    public String target() {
        return target;
    }

    /** Why it could not be written, without any path. */
    public String reason() {
        return reason;
    }

    /** Whether another path or a change of permissions would fix it (see the constructor). */
    public boolean userFixable() {
        return userFixable;
    }

    /** {@code cannot write 'PATH'} or {@code cannot write standard output}. */
    static String describe(String target) {
        return "cannot write " + (AtomicOutput.STDOUT.equals(target) ? "standard output" : Quote.of(target));
    }

    /**
     * The cause of an I/O failure without the file names Java puts in front of it (which would be a
     * temporary file's): {@link FileSystemException#getReason()}, or the message of a plain
     * {@link IOException} such as {@code "No space left on device"} from a write.
     */
    public static String reasonOf(IOException e) {
        if (e instanceof OutputException o) {
            return o.reason();
        }
        if (e instanceof FileSystemException f) {
            if (f.getReason() != null && !f.getReason().isBlank()) {
                return f.getReason();
            }
            if (e instanceof AccessDeniedException) {
                return "Permission denied";
            }
            if (e instanceof NoSuchFileException) {
                return "No such file or directory";
            }
            return e.getClass().getSimpleName();
        }
        if (e instanceof ClosedChannelException) {
            return "the output was closed before it was complete (interrupted?)";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
