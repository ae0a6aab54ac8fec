package org.rangekit.io.out;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * Writes an output so that readers see either the old file or the complete new one, never a
 * partial file; so that a failure leaves nothing behind; and so that nothing but the named
 * regular file is ever replaced.
 *
 * <h2>What the target path names decides how it is written</h2>
 * <ul>
 * <li><b>A regular file, or nothing yet:</b> the bytes go to a temporary file in the same
 *     directory, which is forced to the device ({@link FileChannel#force}) and then moved over the
 *     target with {@link StandardCopyOption#ATOMIC_MOVE} (a plain replacing move where the file
 *     system cannot move atomically). On any failure the temporary file is deleted and the target
 *     is left as it was.
 *     <ul>
 *     <li>A new file gets the permissions of any new file (0666 minus the umask).</li>
 *     <li>An existing file keeps its permission bits (0600 stays 0600) and, where the user may set
 *         them, its owner and group.</li>
 *     <li>An existing file that is not writable is refused ({@link OutputException#userFixable()}),
 *         and so is one with no write bit at all (0444, 0400): a file marked read-only is refused
 *         even for root, who could otherwise replace it.</li>
 *     <li>A file with several hard links is replaced under the name given only; its other names
 *         keep the old content (as with {@code mv} or {@code sed -i}): atomic replacement means a
 *         new inode.</li>
 *     </ul></li>
 * <li><b>A symbolic link is followed</b>, deliberately: the file it finally points to is written as
 *     above, with the temporary file beside that file (so the move stays within one file system),
 *     and the link itself stays a link. A dangling link creates the file it points to; a loop of
 *     links (more than {@value #MAX_LINKS}) is refused.</li>
 * <li><b>Anything else</b>, a character device ({@code /dev/null}, {@code /dev/full}), a FIFO, a
 *     socket, and every path that resolves under {@code /proc} (so {@code /dev/stdout} and the
 *     {@code /dev/fd/63} of the shell's {@code >(...)}), <b>is written directly, in place</b>: it is
 *     never replaced, and a write error (such as {@code /dev/full}'s "No space left on device") is
 *     reported. Such a target cannot be atomic: a reader may see part of an output that then fails.</li>
 * <li><b>{@code "-"}, standard output,</b> is streamed: the first {@value #HOLD_BYTES} bytes are held
 *     in memory and written only once the output is complete or grows past that, so a small output
 *     (a map, a ring file, a summary) that fails writes nothing; a larger one streams as it is
 *     produced, and if it then fails, standard output holds a partial output and the exit code says
 *     so. Nothing goes through a temporary file.</li>
 * </ul>
 *
 * <h2>Temporary files</h2>
 * A temporary file is named {@code .NAME.rangekit-XXXXXXXXXXXXXXXX.tmp} (hidden, beside the
 * target, 16 random hex digits) and holds an advisory lock ({@link FileChannel#tryLock()}) while it
 * is written. Temporary files still open when the JVM shuts down (SIGTERM, Ctrl-C,
 * {@code System.exit}) are deleted by a shutdown hook. Only SIGKILL or a power loss can leave one
 * behind; the next output written into the same directory deletes every such file that is older
 * than {@link #STALE_AFTER} and not locked by a running process.
 *
 * <h2>Errors</h2>
 * Every failure of the output itself (opening, writing, forcing, moving) is an
 * {@link OutputException} naming the target as the user gave it, never the temporary file, with
 * the cause ({@code cannot write '/dev/full': No space left on device}). Exceptions thrown by the
 * caller's own code pass through unchanged.
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

    /** Bytes of stdout output held in memory before it streams: an output this small that fails writes nothing. */
    public static final int HOLD_BYTES = 4 << 20;

    /** Age (of the last write) after which an unlocked temporary file left by a killed run is deleted. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(10);

    /** Links followed before a target is refused as a loop (Linux's own limit is 40). */
    static final int MAX_LINKS = 40;

    /** Directory of the Linux process file system: paths there name open files, written in place. */
    private static final Path PROC = Path.of("/proc");

    private static final String TEMP_INFIX = ".rangekit-";
    private static final String TEMP_SUFFIX = ".tmp";
    /** A temporary file's name: what the clean-up of stale files matches, and nothing else. */
    static final Pattern TEMP_NAME = Pattern.compile("\\..*\\.rangekit-[0-9a-f]{16}\\.tmp");
    /** Characters of the target's name kept in the temporary file's name (a name has at most 255 bytes). */
    private static final int TEMP_NAME_CHARS = 48;

    /** Temporary files of outputs not yet committed or closed: what the shutdown hook deletes. */
    private static final Set<Path> OPEN_TEMP_FILES = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean HOOK_ADDED = new AtomicBoolean();

    /** How a target is written. */
    enum Mode {
        /** Standard output, streamed after a bounded hold. */
        STDOUT,
        /** No file yet: a temporary file is moved into place. */
        CREATE,
        /** A regular file: a temporary file with its permissions is moved over it. */
        REPLACE,
        /** A device, FIFO, socket or {@code /proc} path: opened and written directly. */
        IN_PLACE
    }

    /**
     * What a target names now and how it will be written.
     *
     * @param target the output as the user named it
     * @param mode how it is written
     * @param file the file written, created or replaced, symbolic links followed (null for stdout)
     * @param existing the attributes of {@code file} when it exists, else null
     */
    record Plan(String target, Mode mode, Path file, BasicFileAttributes existing) {
    }

    private final Plan plan;
    private final Path temp;
    private final FileChannel channel;
    private final Hold hold;
    private final OutputStream stream;
    private boolean committed;

    private AtomicOutput(Plan plan, Path temp, FileChannel channel, Hold hold) {
        this.plan = plan;
        this.temp = temp;
        this.channel = channel;
        this.hold = hold;
        this.stream = new Guarded(plan.target(), hold != null ? hold : Channels.newOutputStream(channel));
    }

    /**
     * Checks, without writing anything, that {@code target} can be written as {@link #open} would
     * write it: its directory exists and takes new files, an existing file is writable and not
     * marked read-only, links resolve. Does not open a FIFO (which would wait for a reader).
     *
     * @param target a file path, or {@code "-"} for standard output
     * @throws OutputException naming {@code target} and what is wrong
     */
    public static void check(String target) throws OutputException {
        plan(target);
    }

    /** Resolves {@code target} (see the class comment), following symbolic links. */
    static Plan plan(String target) throws OutputException {
        if (STDOUT.equals(target)) {
            return new Plan(target, Mode.STDOUT, null, null);
        }
        Path p;
        try {
            p = Path.of(target).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new OutputException(target, "not a valid file path", true, e);
        }
        try {
            for (int links = 0; ; links++) {
                Path parent = p.getParent();
                Path name = p.getFileName();
                if (parent == null || name == null) {
                    throw new OutputException(target, "not a file path", true, null);
                }
                Path dir;
                try {
                    dir = parent.toRealPath();
                } catch (NoSuchFileException e) {
                    throw new OutputException(target, "directory " + parent + " does not exist", true, e);
                }
                if (!Files.isDirectory(dir)) {
                    throw new OutputException(target, parent + " is not a directory", true, null);
                }
                p = dir.resolve(name);
                if (p.startsWith(PROC)) {
                    return inPlace(target, p, Files.readAttributes(p, BasicFileAttributes.class));
                }
                BasicFileAttributes a;
                try {
                    a = attributes(p);
                } catch (NoSuchFileException e) {
                    requireWritableDirectory(target, dir);
                    return new Plan(target, Mode.CREATE, p, null);
                }
                if (a.isSymbolicLink()) {
                    if (links >= MAX_LINKS) {
                        throw new OutputException(target, "too many levels of symbolic links", true, null);
                    }
                    p = dir.resolve(Files.readSymbolicLink(p));
                    continue;
                }
                if (a.isDirectory()) {
                    throw new OutputException(target, "is a directory; expected a file path", true, null);
                }
                if (!a.isRegularFile()) {
                    return inPlace(target, p, a);
                }
                if (a instanceof PosixFileAttributes x && noWriteBit(x.permissions())) {
                    throw new OutputException(target, "file is read-only (" + PosixFilePermissions.toString(x.permissions())
                            + "); make it writable or remove it first", true, new AccessDeniedException(target));
                }
                if (!Files.isWritable(p)) {
                    throw new OutputException(target, "Permission denied" + (a instanceof PosixFileAttributes x
                            ? " (" + PosixFilePermissions.toString(x.permissions()) + ", owner " + x.owner().getName() + ")"
                            : ""), true, new AccessDeniedException(target));
                }
                requireWritableDirectory(target, dir);
                return new Plan(target, Mode.REPLACE, p, a);
            }
        } catch (OutputException e) {
            throw e;
        } catch (IOException e) {
            throw OutputException.of(target, e);
        }
    }

    private static Plan inPlace(String target, Path file, BasicFileAttributes a) throws OutputException {
        if (a.isDirectory()) {
            throw new OutputException(target, "is a directory; expected a file path", true, null);
        }
        if (!Files.isWritable(file)) {
            throw new OutputException(target, "Permission denied", true, new AccessDeniedException(target));
        }
        return new Plan(target, Mode.IN_PLACE, file, a);
    }

    private static void requireWritableDirectory(String target, Path dir) throws OutputException {
        if (!Files.isWritable(dir)) {
            throw new OutputException(target, "directory " + dir + " is not writable", true,
                    new AccessDeniedException(dir.toString()));
        }
    }

    private static boolean noWriteBit(Set<PosixFilePermission> perms) {
        return !perms.contains(PosixFilePermission.OWNER_WRITE) && !perms.contains(PosixFilePermission.GROUP_WRITE)
                && !perms.contains(PosixFilePermission.OTHERS_WRITE);
    }

    /** POSIX attributes where the file system has them (mode, owner, group), basic ones elsewhere; links not followed. */
    private static BasicFileAttributes attributes(Path p) throws IOException {
        if (Files.getFileStore(p.getParent()).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
        return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Opens an output. Call {@link #commit()} when everything is written; {@link #close()}
     * without a commit discards the output (except what a device or FIFO has already received).
     *
     * @param target a file path, or {@code "-"} for {@code stdout}
     * @param stdout where {@code "-"} writes (not closed by this class)
     * @throws OutputException naming {@code target} when it cannot be opened
     */
    public static AtomicOutput open(String target, OutputStream stdout) throws OutputException {
        Plan plan = plan(target);
        try {
            switch (plan.mode()) {
                case STDOUT:
                    return new AtomicOutput(plan, null, null, new Hold(stdout));
                case IN_PLACE:
                    // No CREATE (it exists), no TRUNCATE for devices and FIFOs; a /proc path to a regular
                    // file (-o /dev/stdout > f) is truncated as the shell's '>' would.
                    FileChannel ch = plan.existing().isRegularFile()
                            ? FileChannel.open(plan.file(), StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)
                            : FileChannel.open(plan.file(), StandardOpenOption.WRITE);
                    return new AtomicOutput(plan, null, ch, null);
                default:
                    return openTemp(plan);
            }
        } catch (IOException e) {
            throw OutputException.of(target, e);
        }
    }

    private static AtomicOutput openTemp(Plan plan) throws IOException {
        Path dir = plan.file().getParent();
        removeStaleTempFiles(dir, Instant.now());
        String name = plan.file().getFileName().toString();
        if (name.codePointCount(0, name.length()) > TEMP_NAME_CHARS) {
            name = name.substring(0, name.offsetByCodePoints(0, TEMP_NAME_CHARS));
        }
        Path tmp = dir.resolve("." + name + TEMP_INFIX
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
        // No permission attribute: the file is created as any new file is (0666 minus the umask).
        FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        track(tmp);
        try {
            lock(ch);
            if (plan.mode() == Mode.REPLACE && plan.existing() instanceof PosixFileAttributes a) {
                // chmod is not filtered by the umask: the copy gets exactly the old mode.
                Files.setPosixFilePermissions(tmp, a.permissions());
                keepOwnership(tmp, a);
            }
            return new AtomicOutput(plan, tmp, ch, null);
        } catch (IOException | RuntimeException e) {
            try {
                ch.close();
            } finally {
                Files.deleteIfExists(tmp);
                untrack(tmp);
            }
            throw e;
        }
    }

    /** Marks a temporary file as in use, for the stale-file clean-up of other processes. */
    private static void lock(FileChannel ch) {
        try {
            ch.tryLock();
        } catch (IOException | UnsupportedOperationException e) {
            // A file system without locks (some network mounts): the age alone protects the file.
        }
    }

    /** Gives the temporary file the old file's owner and group where allowed; only root may give a file away. */
    private static void keepOwnership(Path tmp, PosixFileAttributes old) {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        try {
            if (!view.readAttributes().group().equals(old.group())) {
                view.setGroup(old.group());
            }
        } catch (IOException | SecurityException e) {
            // Not a member of the old group: the new file has the user's group, as any file the user creates.
        }
        try {
            if (!view.getOwner().equals(old.owner())) {
                view.setOwner(old.owner());
            }
        } catch (IOException | SecurityException e) {
            // Not root: the new file belongs to the user who wrote it.
        }
    }

    /**
     * Deletes temporary files left in {@code dir} by killed runs: names matching {@link #TEMP_NAME},
     * last written more than {@link #STALE_AFTER} before {@code now}, not open in this JVM and not
     * locked by another process. Best effort: a file that cannot be checked is left alone.
     *
     * @param dir the directory of an output about to be written
     * @param now the current time
     */
    static void removeStaleTempFiles(Path dir, Instant now) {
        Instant staleBefore = now.minus(STALE_AFTER);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*" + TEMP_INFIX + "*" + TEMP_SUFFIX)) {
            for (Path p : entries) {
                if (!TEMP_NAME.matcher(p.getFileName().toString()).matches() || OPEN_TEMP_FILES.contains(p)) {
                    continue;
                }
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (!a.isRegularFile() || !a.lastModifiedTime().toInstant().isBefore(staleBefore)) {
                        continue;
                    }
                    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
                        FileLock lock = ch.tryLock();
                        if (lock != null) {
                            Files.deleteIfExists(p);
                        }
                    }
                } catch (IOException | OverlappingFileLockException | UnsupportedOperationException e) {
                    // Locked here, unreadable or gone: not ours to judge; leave it.
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // An unlistable directory: the output itself will report what is wrong with it.
        }
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
     * Opens {@code target}, runs {@code body} on its stream, and commits; on any exception from
     * {@code body} nothing is left at the target (a device or FIFO keeps what it received) and the
     * exception propagates.
     *
     * @throws OutputException when the output itself fails, naming {@code target}
     * @throws IOException any other I/O failure of {@code body}, unchanged
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

    /**
     * Finishes the output: moves the temporary file into place, closes a device or FIFO, or writes
     * what stdout still holds.
     *
     * @throws OutputException naming the target when the output cannot be completed
     */
    public void commit() throws OutputException {
        if (committed) {
            return;
        }
        try {
            switch (plan.mode()) {
                case STDOUT -> hold.finish();
                case IN_PLACE -> channel.close();
                default -> {
                    channel.force(true);
                    requireStillReplaceable();
                    try {
                        Files.move(temp, plan.file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(temp, plan.file(), StandardCopyOption.REPLACE_EXISTING);
                    }
                    untrack(temp);
                    channel.close();
                }
            }
        } catch (IOException e) {
            throw OutputException.of(plan.target(), e);
        }
        committed = true;
    }

    /** The move replaces only a regular file: a device or FIFO put at the path meanwhile is left alone. */
    private void requireStillReplaceable() throws IOException {
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(plan.file(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        }
        if (!now.isRegularFile()) {
            throw new FileSystemException(plan.file().toString(), null,
                    "it became " + (now.isDirectory() ? "a directory" : now.isSymbolicLink() ? "a symbolic link"
                            : "a device, FIFO or socket") + " while the output was written; left as it is");
        }
    }

    /** Discards the output unless it was committed. */
    @Override
    public void close() throws OutputException {
        if (committed) {
            return;
        }
        try {
            switch (plan.mode()) {
                case STDOUT -> hold.discard();
                case IN_PLACE -> channel.close();
                default -> {
                    try {
                        channel.close();
                    } finally {
                        Files.deleteIfExists(temp);
                        untrack(temp);
                    }
                }
            }
        } catch (IOException e) {
            throw OutputException.of(plan.target(), e);
        }
    }

    /** Writes an output's bytes. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * The stream handed to the caller: every failure of the output becomes an {@link OutputException}
     * naming the user's target; {@code close()} only flushes, the output is finished by commit.
     */
    private static final class Guarded extends OutputStream {
        private final String target;
        private final OutputStream out;

        Guarded(String target, OutputStream out) {
            this.target = target;
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw OutputException.of(target, e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw OutputException.of(target, e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw OutputException.of(target, e);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Stdout bytes held in memory up to {@link #HOLD_BYTES}; past that, streamed as they come. */
    private static final class Hold extends OutputStream {
        private final OutputStream stdout;
        private ByteArrayOutputStream held = new ByteArrayOutputStream();

        Hold(OutputStream stdout) {
            this.stdout = stdout;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (held != null) {
                if (held.size() + (long) len <= HOLD_BYTES) {
                    held.write(b, off, len);
                    return;
                }
                release();
            }
            stdout.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            // Held bytes stay held (a flush in the middle of an output is no commit); streamed ones go now.
            if (held == null) {
                stdout.flush();
            }
        }

        private void release() throws IOException {
            ByteArrayOutputStream h = held;
            held = null;
            h.writeTo(stdout);
        }

        void finish() throws IOException {
            if (held != null) {
                release();
            }
            stdout.flush();
        }

        void discard() {
            held = null;
        }
    }
}
