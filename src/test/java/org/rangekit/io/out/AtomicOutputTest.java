package org.rangekit.io.out;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.Slow;

class AtomicOutputTest {

    @TempDir
    Path dir;

    @Test
    void writesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out.geojson");
        AtomicOutput.write(target.toString(), null, out -> out.write("hello".getBytes(StandardCharsets.UTF_8)));
        assertEquals("hello", Files.readString(target));
        assertEquals(1, count());
    }

    @Test
    void failureLeavesNothingAndKeepsTheOldFile() throws IOException {
        Path target = dir.resolve("out.geojson");
        assertThrows(IOException.class, () -> AtomicOutput.write(target.toString(), null, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk on fire");
        }));
        assertEquals(0, count(), "no file, no temporary file");

        Files.writeString(target, "old");
        assertThrows(IllegalStateException.class, () -> AtomicOutput.write(target.toString(), null, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("bug");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(1, count());
    }

    @Test
    void dashWritesToStdoutOnlyWhenComplete() throws IOException {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        AtomicOutput.write("-", stdout, out -> out.write(new byte[] {1, 2, 3}));
        assertArrayEquals(new byte[] {1, 2, 3}, stdout.toByteArray());

        ByteArrayOutputStream stdout2 = new ByteArrayOutputStream();
        assertThrows(IOException.class, () -> AtomicOutput.write("-", stdout2, out -> {
            out.write(new byte[] {1, 2, 3});
            throw new IOException("no");
        }));
        assertEquals(0, stdout2.size());
        assertEquals(0, count());
    }

    /**
     * Regression: {@code -o -} was spooled through {@code /tmp/rangekit-*.out} and reached stdout
     * only at the end (SIGKILL left the spool file). Past {@link AtomicOutput#HOLD_BYTES} it now
     * streams: stdout has bytes before the body has finished, and the bytes are the same.
     */
    @Test
    void dashStreamsPastTheHold() throws IOException {
        byte[] big = new byte[AtomicOutput.HOLD_BYTES + 12345];
        new java.util.SplittableRandom(7).nextBytes(big);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        long[] seenMidway = new long[2];
        AtomicOutput.write("-", stdout, out -> {
            out.write(big, 0, 1000);
            out.flush();
            seenMidway[0] = stdout.size();
            out.write(big, 1000, big.length - 1000 - 10);
            seenMidway[1] = stdout.size();
            out.write(big, big.length - 10, 10);
        });
        assertEquals(0, seenMidway[0], "a small output is held back, even across a flush");
        assertEquals(big.length - 10, seenMidway[1], "past the hold the bytes stream as they come");
        assertArrayEquals(big, stdout.toByteArray());
    }

    @Test
    void missingDirectoryIsAnOutputExceptionTheUserCanFix() {
        String target = dir.resolve("no/such/dir/x.json").toString();
        OutputException e = assertThrows(OutputException.class, () -> AtomicOutput.write(target, null, out -> { }));
        assertTrue(e.userFixable());
        assertEquals(target, e.target());
        assertFalse(Files.exists(dir.resolve("no")));
    }

    /** What the shutdown hook runs deletes the temporary file of an output still being written. */
    @Test
    void shutdownCleanupDeletesTemporaryFilesStillOpen() throws IOException {
        Path target = dir.resolve("out.json");
        try (AtomicOutput out = AtomicOutput.open(target.toString(), null)) {
            out.stream().write(new byte[4096]);
            assertEquals(1, count(), "the temporary file");
            assertEquals(1, AtomicOutput.openTempFiles().stream().filter(p -> p.startsWith(dir)).count());
            AtomicOutput.deleteOpenTempFiles();
            assertEquals(0, count(), "no temporary file left");
            assertThrows(IOException.class, out::commit, "the interrupted output cannot be committed");
        }
        assertFalse(Files.exists(target));
    }

    /** Committed and discarded outputs are no longer tracked, so the hook cannot touch their files. */
    @Test
    void committedOutputsAreNotTracked() throws IOException {
        AtomicOutput.write(dir.resolve("a.json").toString(), null, out -> out.write(1));
        try (AtomicOutput out = AtomicOutput.open(dir.resolve("b.json").toString(), null)) {
            out.stream().write(2);
        }
        assertTrue(AtomicOutput.openTempFiles().stream().noneMatch(p -> p.startsWith(dir)));
        AtomicOutput.deleteOpenTempFiles();
        assertEquals(1, Files.readAllBytes(dir.resolve("a.json"))[0]);
    }

    /**
     * Regression: a run killed with SIGTERM while writing left a large hidden
     * {@code .out.json.NNN.tmp} next to the target. A child JVM (the test's own class path) opens
     * an output, writes 1 MiB and is sent SIGTERM.
     */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Slow // starts a child JVM
    void sigtermLeavesNoTemporaryFile() throws IOException, InterruptedException {
        Path target = dir.resolve("out.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AtomicOutputProbe.class.getName(), target.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("ready", r.readLine());
            assertEquals(1, count(), "the temporary file while writing");
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        assertEquals(0, count(), "no file and no temporary file after SIGTERM");
    }

    private long count() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
