package org.rangekit.io.out;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link AtomicOutput} does to each kind of target (issue 8, items 1, 3, 4 and 5): devices and
 * FIFOs are written in place and never replaced, symbolic links are followed, permissions are kept,
 * read-only files refused, temporary files cleaned up, and errors name the user's path.
 */
@EnabledOnOs(OS.LINUX)
class AtomicOutputTargetsTest {

    private static final byte[] HELLO = "hello\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    // --- item 1: devices, FIFOs, symbolic links --------------------------------------------------

    /** Regression: as root, {@code -o /dev/null} replaced /dev/null with a regular file. */
    @Test
    void characterDeviceIsWrittenInPlaceAndStaysADevice() throws IOException {
        assertEquals(AtomicOutput.Mode.IN_PLACE, AtomicOutput.plan("/dev/null").mode());
        AtomicOutput.write("/dev/null", null, out -> out.write(HELLO));
        assertTrue(isDevice(Path.of("/dev/null")), "/dev/null is still a character device");
    }

    /** Regression: a copy of /dev/full took the bytes and the run reported no error. */
    @Test
    void fullDeviceReportsNoSpaceNamingTheDevice() throws IOException {
        OutputException e = assertThrows(OutputException.class,
                () -> AtomicOutput.write("/dev/full", null, out -> out.write(HELLO)));
        assertEquals("cannot write '/dev/full': No space left on device", e.getMessage());
        assertFalse(e.userFixable(), "a full device is no bad input");
        assertTrue(isDevice(Path.of("/dev/full")));
    }

    /** Regression: a FIFO was replaced by a regular file and its reader got nothing. */
    @Test
    void fifoIsWrittenInPlaceAndItsReaderGetsTheBytes() throws Exception {
        Path fifo = mkfifo(dir.resolve("pipe"));
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        byte[] data = new byte[300_000]; // more than a pipe's buffer: the reader must be there
        new java.util.SplittableRandom(8).nextBytes(data);
        AtomicOutput.write(fifo.toString(), null, out -> out.write(data));
        assertArrayEquals(data, read.get(30, TimeUnit.SECONDS));
        assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther(),
                "still a FIFO");
        assertEquals(List.of(fifo), list(dir), "no temporary file beside the FIFO");
    }

    /**
     * Regression: a symbolic link was replaced by a regular file. The link is followed: its target
     * is replaced atomically, with the temporary file beside the target (another directory here),
     * and keeps its mode.
     */
    @Test
    void symbolicLinkIsFollowedAndItsTargetReplacedBesideItself() throws IOException {
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        Path file = Files.writeString(b.resolve("real.json"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(a.resolve("link.json"), Path.of("../b/real.json"));

        AtomicOutput.write(link.toString(), null, out -> out.write(HELLO));

        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals(Path.of("../b/real.json"), Files.readSymbolicLink(link));
        assertArrayEquals(HELLO, Files.readAllBytes(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(List.of(link), list(a));
        assertEquals(List.of(file), list(b));
    }

    @Test
    void danglingSymbolicLinkCreatesTheFileItPointsTo() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("new.json"));
        AtomicOutput.write(link.toString(), null, out -> out.write(HELLO));
        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(HELLO, Files.readAllBytes(dir.resolve("new.json")));
    }

    @Test
    void loopOfSymbolicLinksIsRefused() throws IOException {
        Path x = Files.createSymbolicLink(dir.resolve("x"), Path.of("y"));
        Files.createSymbolicLink(dir.resolve("y"), Path.of("x"));
        OutputException e = assertThrows(OutputException.class,
                () -> AtomicOutput.write(x.toString(), null, out -> out.write(HELLO)));
        assertEquals("cannot write '" + x + "': too many levels of symbolic links", e.getMessage());
        assertEquals(2, list(dir).size(), "the links only");
    }

    // --- item 3: permissions and hard links ------------------------------------------------------

    /** Regression: a 0600 file became 0644 when it was rewritten. */
    @Test
    void existingFileKeepsItsMode() throws IOException {
        for (String mode : List.of("rw-------", "rw----r--", "rwxrw-r-x")) {
            Path file = Files.writeString(dir.resolve("out-" + mode + ".json"), "old");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            AtomicOutput.write(file.toString(), null, out -> out.write(HELLO));
            assertArrayEquals(HELLO, Files.readAllBytes(file));
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
        }
    }

    /** A new file is created as any new file: 0666 minus the umask (compared with a file Java creates plainly). */
    @Test
    void newFileFollowsTheUmask() throws IOException {
        Path reference = Files.createFile(dir.resolve("reference"));
        Path out = dir.resolve("new.json");
        AtomicOutput.write(out.toString(), null, o -> o.write(HELLO));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(out));
    }

    /** Regression: a 0444 file was replaced silently. It is refused, even for root, and left as it was. */
    @Test
    void readOnlyFileIsRefusedAndLeftAsItWas() throws IOException {
        Path file = Files.writeString(dir.resolve("ro.json"), "keep me");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        OutputException e = assertThrows(OutputException.class,
                () -> AtomicOutput.write(file.toString(), null, out -> out.write(HELLO)));
        assertTrue(e.userFixable());
        assertEquals("cannot write '" + file + "': file is read-only (r--r--r--); make it writable or remove it first",
                e.getMessage());
        assertEquals("keep me", Files.readString(file));
        assertEquals(List.of(file), list(dir), "no temporary file");
    }

    /**
     * A file with two hard links is replaced under the name given only (a new inode, as with
     * {@code mv}); the other name keeps the old bytes, and neither is damaged.
     */
    @Test
    void hardLinkedFileIsReplacedUnderTheNameGivenOnly() throws IOException {
        Path file = Files.writeString(dir.resolve("out.json"), "old");
        Path other = Files.createLink(dir.resolve("other.json"), file);
        AtomicOutput.write(file.toString(), null, out -> out.write(HELLO));
        assertArrayEquals(HELLO, Files.readAllBytes(file));
        assertEquals("old", Files.readString(other));
        assertEquals(1, Files.getAttribute(file, "unix:nlink"));
        assertEquals(1, Files.getAttribute(other, "unix:nlink"));
    }

    /** Root rewriting another user's file leaves it that user's (only root can give a file away). */
    @Test
    void existingFileKeepsItsOwnerWhenRootWritesIt() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a file away");
        UserPrincipal nobody;
        try {
            nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        } catch (IOException e) {
            assumeTrue(false, "no user 'nobody'");
            return;
        }
        Path file = Files.writeString(dir.resolve("theirs.json"), "old");
        Files.setOwner(file, nobody);
        AtomicOutput.write(file.toString(), null, out -> out.write(HELLO));
        assertEquals(nobody, Files.getOwner(file));
    }

    // --- item 4: temporary files -----------------------------------------------------------------

    /** The temporary file is hidden beside the target and has the documented, recognisable name. */
    @Test
    void temporaryFileHasTheRecognisableName() throws IOException {
        Path target = dir.resolve("rings.geojson");
        try (AtomicOutput out = AtomicOutput.open(target.toString(), null)) {
            out.stream().write(HELLO);
            List<Path> files = list(dir);
            assertEquals(1, files.size());
            String name = files.get(0).getFileName().toString();
            assertTrue(AtomicOutput.TEMP_NAME.matcher(name).matches(), name);
            assertTrue(name.startsWith(".rings.geojson.rangekit-"), name);
        }
        assertEquals(List.of(), list(dir));
    }

    /**
     * Temporary files left by killed runs are deleted by the next output into the same directory
     * once older than {@link AtomicOutput#STALE_AFTER}; fresh ones (a run still writing) and files
     * that merely look alike are kept.
     */
    @Test
    void staleTemporaryFilesAreRemovedByTheNextOutput() throws IOException {
        Instant old = Instant.now().minus(AtomicOutput.STALE_AFTER).minusSeconds(60);
        Path stale = touch(".rings.geojson.rangekit-0123456789abcdef.tmp", old);
        Path staleOther = touch(".map.png.rangekit-fedcba9876543210.tmp", old);
        Path fresh = touch(".rings.geojson.rangekit-00000000000000ff.tmp", Instant.now());
        Path lookalike = touch(".rings.geojson.rangekit-notrandomhexxxx.tmp", old);
        Path users = touch("rings.geojson.tmp", old);

        AtomicOutput.write(dir.resolve("rings.geojson").toString(), null, out -> out.write(HELLO));

        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(staleOther));
        assertTrue(Files.exists(fresh), "may belong to a run still writing");
        assertTrue(Files.exists(lookalike), "not our name pattern");
        assertTrue(Files.exists(users), "a user's file");
    }

    /** A stale-looking temporary file that another open output in this JVM holds is left alone. */
    @Test
    void temporaryFileOfAnOpenOutputIsNotRemoved() throws IOException {
        try (AtomicOutput first = AtomicOutput.open(dir.resolve("a.json").toString(), null)) {
            first.stream().write(HELLO);
            Path temp = list(dir).get(0);
            Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minus(AtomicOutput.STALE_AFTER).minusSeconds(60)));
            AtomicOutput.write(dir.resolve("b.json").toString(), null, out -> out.write(HELLO));
            assertTrue(Files.exists(temp));
            first.commit();
        }
        assertArrayEquals(HELLO, Files.readAllBytes(dir.resolve("a.json")));
    }

    // --- item 5: messages name the user's path ---------------------------------------------------

    /**
     * Regression: {@code -o >(wc -c)} failed with a message naming {@code /dev/fd/.63….tmp}: the
     * temporary file was created in {@code /proc}. A {@code /dev/fd/N} path to a pipe is written in
     * place (here a FIFO this JVM holds open for reading and writing).
     */
    @Test
    void devFdPathToAPipeIsWrittenInPlace() throws Exception {
        Path fifo = mkfifo(dir.resolve("pipe"));
        try (FileChannel held = FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            String fd = fdOf(fifo);
            String target = "/dev/fd/" + fd;
            assertEquals(AtomicOutput.Mode.IN_PLACE, AtomicOutput.plan(target).mode());
            AtomicOutput.write(target, null, out -> out.write(HELLO));
            ByteBuffer buf = ByteBuffer.allocate(HELLO.length);
            while (buf.hasRemaining() && held.read(buf) > 0) {
                // read what the output wrote into the pipe
            }
            assertArrayEquals(HELLO, buf.array());
        }
    }

    /** A failure at the final move names the target as given, never the temporary file. */
    @Test
    void failureAtTheMoveNamesTheTargetNotTheTemporaryFile() throws IOException {
        Path target = dir.resolve("out.json");
        try (AtomicOutput out = AtomicOutput.open(target.toString(), null)) {
            out.stream().write(HELLO);
            Files.createDirectories(target.resolve("in-the-way"));
            OutputException e = assertThrows(OutputException.class, out::commit);
            assertTrue(e.getMessage().startsWith("cannot write '" + target + "': "), e.getMessage());
            assertFalse(e.getMessage().contains(".rangekit-") || e.getMessage().contains(".tmp"), e.getMessage());
        }
        assertTrue(Files.isDirectory(target), "what was put in the way is left alone");
        assertEquals(List.of(target), list(dir), "and the temporary file is gone");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static boolean isDevice(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther();
    }

    private static Path mkfifo(Path p) throws IOException, InterruptedException {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor());
        return p;
    }

    /** The number of the descriptor this JVM has open on {@code file}, from {@code /proc/self/fd}. */
    private static String fdOf(Path file) throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    if (Files.readSymbolicLink(fd).equals(file.toRealPath())) {
                        return fd.getFileName().toString();
                    }
                } catch (IOException e) {
                    // a descriptor closed meanwhile
                }
            }
        }
        throw new AssertionError("no descriptor open on " + file);
    }

    private Path touch(String name, Instant modified) throws IOException {
        Path p = Files.write(dir.resolve(name), HELLO);
        Files.setLastModifiedTime(p, FileTime.from(modified));
        return p;
    }

    private static List<Path> list(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        }
    }
}
