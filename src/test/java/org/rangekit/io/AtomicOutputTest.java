package org.rangekit.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** Past {@link AtomicOutput#SPILL_BYTES} stdout output goes through a spool file: same bytes, and still nothing on failure. */
    @Test
    void dashSpillsLargeOutputAndStillWritesOnlyWhenComplete() throws IOException {
        byte[] big = new byte[AtomicOutput.SPILL_BYTES + 12345];
        new java.util.SplittableRandom(7).nextBytes(big);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        AtomicOutput.write("-", stdout, out -> {
            out.write(big, 0, 1000);
            out.write(big, 1000, big.length - 1000);
        });
        assertArrayEquals(big, stdout.toByteArray());

        ByteArrayOutputStream stdout2 = new ByteArrayOutputStream();
        assertThrows(IOException.class, () -> AtomicOutput.write("-", stdout2, out -> {
            out.write(big);
            throw new IOException("no");
        }));
        assertEquals(0, stdout2.size());
    }

    @Test
    void missingDirectoryIsAnIOException() {
        assertThrows(IOException.class,
                () -> AtomicOutput.write(dir.resolve("no/such/dir/x.json").toString(), null, out -> { }));
        assertFalse(Files.exists(dir.resolve("no")));
    }

    private long count() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
