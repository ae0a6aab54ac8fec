package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Write failures through the command line (issue 8, items 1, 2 and 5): every command that writes
 * to standard output, and {@code --help} and {@code --version}, exit 1 with one line naming
 * "standard output" and the cause when the writes fail, where they exited 0 silently; {@code -o}
 * onto a device or FIFO writes it in place and reports its errors.
 */
class OutputFailureTest {

    private static final String NO_SPACE = "No space left on device";

    @TempDir
    Path dir;

    /** Stdout as {@code /dev/full} behaves: every write fails with ENOSPC. */
    private static final class FullDevice extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException(NO_SPACE);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException(NO_SPACE);
        }
    }

    private static Cli.Result runWithStdout(PrintStream out, String args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(out, new PrintStream(err, true, StandardCharsets.UTF_8), args.split(" "));
        return new Cli.Result(code, new byte[0], err.toString(StandardCharsets.UTF_8));
    }

    /** Regression: each of these exited 0 with {@code > /dev/full}. */
    @ParameterizedTest
    @ValueSource(strings = {
        "rangekit sites|sites",
        "rangekit distance|distance --from kapustin-yar --to deveselu",
        "rangekit rings|rings --site kapustin-yar --range 500",
        "rangekit coverage|coverage --site kapustin-yar --range 500 --targets capitals --format csv --quiet",
        "rangekit compare|compare --site kapustin-yar --range 480 --vs-range 500 --targets capitals --quiet",
        "rangekit map|map --site kapustin-yar --range 500 --size 200x150 -o -",
        "rangekit rings|rings --help",
        "rangekit|--help",
        "rangekit|--version",
    })
    void stdoutWriteErrorIsExitOneWithOneLineNamingTheCause(String nameAndCall) {
        String[] parts = nameAndCall.split("\\|");
        Cli.Result r = runWithStdout(new CheckedPrintStream(new BufferedOutputStream(new FullDevice(), 1 << 16)), parts[1]);
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals(List.of(parts[0] + ": cannot write standard output: " + NO_SPACE), r.stderrLines());
    }

    /** A caller's own PrintStream keeps no cause; the failure is still reported. */
    @Test
    void stdoutWriteErrorOfAPlainPrintStreamIsStillReported() {
        Cli.Result r = runWithStdout(new PrintStream(new FullDevice(), false, StandardCharsets.UTF_8), "sites");
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals(List.of("rangekit sites: cannot write standard output: write error"), r.stderrLines());
    }

    /** A command that already failed keeps its exit code and its one line. */
    @Test
    void badInputKeepsItsOwnLineWhenStdoutFailsToo() {
        Cli.Result r = runWithStdout(new CheckedPrintStream(new FullDevice()), "rings --site 95,10 --range 500");
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(1, r.stderrLines().size(), r.stderr());
        assertTrue(r.stderr().contains("95"), r.stderr());
    }

    /** Regression: {@code -o /dev/full} replaced a copy of the device (as root) or exited 0. */
    @ParameterizedTest
    @ValueSource(strings = {
        "rangekit rings|rings --site kapustin-yar --range 500 -o /dev/full",
        "rangekit coverage|coverage --site kapustin-yar --range 500 --targets capitals --format csv --quiet -o /dev/full",
        "rangekit compare|compare --site kapustin-yar --range 480 --vs-range 500 --targets capitals --quiet -o /dev/full",
    })
    @EnabledOnOs(OS.LINUX)
    void fullDeviceAsOutputIsExitOneNamingIt(String nameAndCall) throws IOException {
        String[] parts = nameAndCall.split("\\|");
        Cli.Result r = Cli.run(parts[1].split(" "));
        assertEquals(1, r.exitCode(), r.toString());
        assertEquals(List.of(parts[0] + ": cannot write '/dev/full': " + NO_SPACE), r.stderrLines());
        assertTrue(Files.readAttributes(Path.of("/dev/full"), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .isOther(), "/dev/full is still a device");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void nullDeviceAsOutputSucceedsAndStaysADevice() throws IOException {
        Cli.Result r = Cli.run("rings", "--site", "kapustin-yar", "--range", "500", "-o", "/dev/null");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("", r.stderr());
        assertTrue(Files.readAttributes(Path.of("/dev/null"), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .isOther(), "/dev/null is still a device");
    }

    /** Regression: a FIFO given to {@code -o} was replaced by a regular file and its reader got nothing. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void fifoAsOutputGetsTheSameBytesAsStdout() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor());
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli.Result r = Cli.run("rings", "--site", "kapustin-yar", "--preset", "inf", "-o", fifo.toString());
        assertEquals(0, r.exitCode(), r.toString());
        byte[] expected = Cli.run("rings", "--site", "kapustin-yar", "--preset", "inf", "-o", "-").stdoutBytes();
        assertTrue(expected.length > 65536, "more than a pipe holds");
        assertArrayEquals(expected, read.get(60, TimeUnit.SECONDS));
        assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(fifo), files.toList(), "no temporary file");
        }
    }

    /** Regression: a 0444 output was replaced silently. It is bad input (exit 2) naming the path. */
    @Test
    void readOnlyOutputIsBadInputNamingThePath() throws IOException {
        Path file = Files.writeString(dir.resolve("ro.geojson"), "keep me");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Cli.Result r = Cli.run("rings", "--site", "kapustin-yar", "--range", "500", "-o", file.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(List.of("rangekit rings: -o '" + file + "': file is read-only (r--r--r--); make it writable "
                + "or remove it first"), r.stderrLines());
        assertEquals("keep me", Files.readString(file));
    }

    /** A symbolic link given to {@code -o} stays a link; the file it points to gets the output. */
    @Test
    void symbolicLinkOutputWritesItsTarget() throws IOException {
        Path file = Files.writeString(dir.resolve("real.geojson"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.geojson"), file.getFileName());
        Cli.Result r = Cli.run("rings", "--site", "kapustin-yar", "--range", "500", "-o", link.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(Cli.run("rings", "--site", "kapustin-yar", "--range", "500").stdoutBytes(),
                Files.readAllBytes(file));
    }
}
