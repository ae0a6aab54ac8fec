package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.Slow;

/**
 * A 1,000,000-row CSV must stream through {@code coverage} with the heap capped at 512 MB. The
 * file is generated in a temporary directory (never committed) and the CLI runs in a child JVM
 * with {@code -Xmx512m}.
 */
@Slow
class LargeCsvStreamingTest {

    static final int ROWS = 1_000_000;
    /** Rows with a bad latitude, one every this many, to exercise the skip-and-count path at scale. */
    static final int BAD_EVERY = 100_000;

    @TempDir
    Path dir;

    @Test
    void millionRowCsvStreamsWithin512MegabytesOfHeap() throws IOException, InterruptedException {
        Path in = dir.resolve("million.csv");
        SplittableRandom rnd = new SplittableRandom(1);
        int bad = 0;
        try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            w.write("name,latitude,longitude,population\n");
            for (int i = 0; i < ROWS; i++) {
                double lat = Math.toDegrees(Math.asin(rnd.nextDouble(-1, 1)));
                double lon = rnd.nextDouble(-180, 180);
                if (i % BAD_EVERY == 7) {
                    lat = 123;
                    bad++;
                }
                w.write(String.format(Locale.ROOT, "p%d,%.6f,%.6f,%d%n", i, lat, lon, i % 1000));
            }
        }
        Path out = dir.resolve("out.csv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.rangekit.cli.Main", "coverage", "--site", "kapustin-yar", "--preset", "inf",
                "--targets", in.toString(), "--format", "csv", "-o", out.toString());
        pb.redirectErrorStream(false);
        Path err = dir.resolve("err.txt");
        pb.redirectError(err.toFile());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "finished");
        List<String> errLines = Files.readAllLines(err);
        assertEquals(0, p.exitValue(), String.join("\n", errLines));
        long lines;
        try (Stream<String> s = Files.lines(out)) {
            lines = s.count();
        }
        assertEquals(1 + ROWS - bad, lines);
        assertEquals("warning: " + bad + " bad row(s) skipped in million.csv", errLines.get(errLines.size() - 1));

        // The same as JSON on stdout (-o -), which must not be buffered in the heap either.
        Path json = dir.resolve("out.json");
        ProcessBuilder toStdout = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.rangekit.cli.Main", "coverage", "--site", "kapustin-yar", "--preset", "inf",
                "--targets", in.toString(), "--format", "json", "--quiet", "-o", "-");
        toStdout.redirectOutput(json.toFile());
        toStdout.redirectError(err.toFile());
        Process q = toStdout.start();
        assertTrue(q.waitFor(10, TimeUnit.MINUTES), "finished");
        assertEquals(0, q.exitValue(), Files.readString(err));
        assertTrue(Files.size(json) > 100_000_000L, "all rows written: " + Files.size(json));

        // Issue 8 item 13: the summary accounts for every point read, the ones beyond 5,500 km included.
        Path summary = dir.resolve("summary.json");
        ProcessBuilder sum = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.rangekit.cli.Main", "coverage", "--site", "kapustin-yar", "--preset", "inf", "--summary",
                "--targets", in.toString(), "--quiet", "-o", summary.toString());
        sum.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        sum.redirectError(err.toFile());
        Process s = sum.start();
        assertTrue(s.waitFor(10, TimeUnit.MINUTES), "finished");
        assertEquals(0, s.exitValue(), Files.readString(err));
        JsonNode report = new ObjectMapper().readTree(summary.toFile());
        long read = report.path("parameters").path("targets_read").asLong();
        assertEquals(ROWS - bad, read);
        long counted = 0;
        long beyond = -1;
        for (JsonNode row : report.path("tables").get(0).path("rows")) {
            counted += row.path("targets").asLong();
            if (row.path("band").asText().equals("beyond 5,500 km")) {
                beyond = row.path("targets").asLong();
            }
        }
        assertEquals(read, counted, "the rows of the site count every target read");
        assertTrue(beyond > read / 2, "most uniformly spread points lie beyond 5,500 km: " + beyond);
    }
}
