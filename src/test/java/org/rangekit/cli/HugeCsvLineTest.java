package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.Slow;

/**
 * Issue item: a 150 MB single-line CSV under {@code -Xmx512m} ended in an OutOfMemoryError with a
 * full stack trace. A CSV row is bounded to 1 MiB (CsvTargetReader, ByteLines.MAX_LINE_BYTES):
 * such a file is bad input, exit 2, one stderr line naming the file, the line and the limit — for a
 * huge header, a huge data row and a quote left open that would swallow the rest of the file. Run
 * in a child JVM with the heap of the issue, on a file of the size.
 */
@Slow
public class HugeCsvLineTest {

    /** The size of the file (bytes). */
    static final long HUGE_BYTES = 150L << 20;

    @TempDir
    Path dir;

    @Test
    void aHundredAndFiftyMegabyteLineIsOneLineOfBadInputUnder512Megabytes() throws IOException, InterruptedException {
        // A single line: the header itself.
        Path single = write("single-line.csv", "lat,lon,", "", 'x');
        assertBadInput(single, "--targets: single-line.csv:1: row longer than 1048576 bytes (1 MiB), the limit for "
                + "one CSV row; is a quote left open?");
        // A header, one good row, then the huge row (a digit run: it would also pass the plain path's byte scan).
        Path row = write("huge-row.csv", "lat,lon\n1,2\n3,", "\n5,6\n", '4');
        assertBadInput(row, "--targets: huge-row.csv:3: row longer than 1048576 bytes (1 MiB), the limit for one "
                + "CSV row; is a quote left open?");
        // A quote opened on line 3 and never closed: 150 MB of short lines that would all join one row.
        Path open = dir.resolve("open-quote.csv");
        try (OutputStream o = Files.newOutputStream(open)) {
            o.write("name,lat,lon\nA,1,2\n\"B,3,4\n".getBytes(StandardCharsets.US_ASCII));
            byte[] lines = "C,5,6\n".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (long n = 0; n < HUGE_BYTES; n += lines.length) {
                o.write(lines);
            }
        }
        assertBadInput(open, "--targets: open-quote.csv:3: row longer than 1048576 bytes (1 MiB), the limit for one "
                + "CSV row; is a quote left open?");
    }

    private Path write(String name, String head, String tail, char fill) throws IOException {
        Path f = dir.resolve(name);
        byte[] block = new byte[1 << 20];
        Arrays.fill(block, (byte) fill);
        try (OutputStream o = Files.newOutputStream(f)) {
            o.write(head.getBytes(StandardCharsets.US_ASCII));
            for (long n = 0; n < HUGE_BYTES; n += block.length) {
                o.write(block);
            }
            o.write(tail.getBytes(StandardCharsets.US_ASCII));
        }
        return f;
    }

    private void assertBadInput(Path csv, String expected) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("out.csv");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.rangekit.cli.Main", "coverage", "--site", "kapustin-yar", "--preset", "inf",
                "--targets", csv.toString(), "-o", out.toString());
        Path err = dir.resolve("err.txt");
        pb.redirectError(err.toFile());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "finished");
        List<String> lines = Files.readAllLines(err);
        assertEquals(2, p.exitValue(), String.join("\n", lines));
        assertEquals(List.of("rangekit coverage: " + expected), lines);
        assertFalse(Files.exists(out), "no output file");
    }
}
