package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The messages of issue "Safe edges" item 10, each pinned: repeated and exclusive options without
 * picocli's notation, suggestions for misspelt commands, one prefix, values echoed as typed,
 * directories and streams as targets, escaped control characters, short excerpts of file lines,
 * and {@code --targets -}.
 */
class CliMessagesTest {

    record Run(int code, String out, String err) {
    }

    static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(new byte[0], args);
    }

    static void badInput(Run r, String... fragments) {
        assertEquals(Main.EXIT_BAD_INPUT, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "lacks '" + f + "': " + r.err());
        }
    }

    @Test
    void repeatedOrExclusiveRangeOptionsAreNamedWithoutPicocliNotation() {
        Run twice = run("rings", "--site", "kapustin-yar", "--range", "500", "--range", "600");
        badInput(twice, "--range given 2 times");
        Run presets = run("map", "--site", "kapustin-yar", "--preset", "inf", "--preset", "inf", "-o", "x.png");
        badInput(presets, "--preset given 2 times");
        Run both = run("coverage", "--site", "kapustin-yar", "--range", "500", "--preset", "inf", "--targets", "cities");
        badInput(both, "--range and --preset exclude each other");
        for (Run r : List.of(twice, presets, both)) {
            assertFalse(r.err().contains("=KM") || r.err().contains("={") || r.err().contains("Error:"), r.err());
        }
    }

    @Test
    void misspeltCommandsGetASuggestion() {
        badInput(run("ring", "--site", "kapustin-yar"), "unknown command 'ring'; did you mean rings?");
        badInput(run("dist"), "did you mean distance?");
        badInput(run("help", "covrage"), "did you mean coverage?");
        badInput(run("rings", "--sit", "x"), "unknown option '--sit'; did you mean --site or --sites-file?");
    }

    @Test
    void compareNamesItselfOnce() {
        Run r = run("compare", "--site", "kapustin-yar", "--range", "500", "--targets", "cities");
        badInput(r, "rangekit compare: expected --vs-range");
        assertFalse(r.err().contains("compare: compare:"), r.err());
    }

    @Test
    void valuesAreEchoedAsTyped() {
        badInput(run("map", "--site", "kapustin-yar", "--range", "500", "--extent", "0", "-o", "x.png"), "--extent '0'");
        badInput(run("map", "--site", "kapustin-yar", "--range", "500", "--extent", "1e309", "-o", "x.png"),
                "--extent '1e309': not a finite number");
        badInput(run("map", "--site", "kapustin-yar", "--range", "500", "--extent", "3e4", "-o", "x.png"),
                "--extent '3e4'");
        Run site = run("rings", "--site", "1e999,10", "--range", "500");
        badInput(site, "latitude '1e999' is not a finite number");
        assertFalse(site.err().contains("infinity"), site.err());
    }

    @Test
    void aDirectoryAsTargetsIsNamedAsOne(@TempDir Path dir) {
        badInput(run("coverage", "--site", "kapustin-yar", "--range", "500", "--targets", dir.toString()),
                "is a directory");
    }

    @Test
    void controlCharactersFromAFileAreEscaped(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "na\u001b]0;pwned\u0007me,x\n1,2\n");
        Run r = run("coverage", "--site", "kapustin-yar", "--range", "500", "--targets", f.toString());
        badInput(r, "\\u001B]0;pwned\\u0007");
        assertTrue(r.err().chars().noneMatch(c -> c == 0x1b || c == 0x07), r.err());
    }

    @Test
    void aLineOfAnArbitraryFileIsQuotedAsAShortExcerptOnly(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("shadow");
        Files.writeString(f, "root:$6$saltsalt$HASHHASHHASHHASHHASHHASH:19000:0:99999:7:::\n");
        Run r = run("coverage", "--site", "kapustin-yar", "--range", "500", "--targets", f.toString());
        badInput(r, "'root:$6$saltsalt$HAS…'");
        assertFalse(r.err().contains("HASHHASH"), r.err());
    }

    @Test
    void targetsFromStandardInputCsvAndGeoJson() {
        Run csv = run("lat,lon,name\n48.0,45.0,near\n10,10,far\n".getBytes(StandardCharsets.UTF_8),
                "coverage", "--site", "kapustin-yar", "--range", "500", "--targets", "-", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        assertEquals(3, csv.out().lines().count(), csv.out()); // header, near, far
        assertTrue(csv.out().contains("\nnear,") && csv.out().contains("\nfar,"), csv.out());
        String geojson = "\uFEFF  \n{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"name\":\"gj\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[45.0,48.0]}}]}";
        Run gj = run(geojson.getBytes(StandardCharsets.UTF_8),
                "coverage", "--site", "kapustin-yar", "--range", "500", "--targets", "-", "--format", "csv");
        assertEquals(0, gj.code(), gj.err());
        assertTrue(gj.out().contains("gj"), gj.out());
        badInput(run("coverage", "--site", "kapustin-yar", "--range", "500", "--targets", "-"), "stdin: empty file");
    }

    @Test
    void aFifoIsReadOnceAsAStream(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("targets.csv");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0,
                "mkfifo unavailable");
        Thread writer = new Thread(() -> {
            try (OutputStream o = Files.newOutputStream(fifo)) {
                o.write("lat,lon,name\n48.0,45.0,fifo-place\n".getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        Run r = run("coverage", "--site", "kapustin-yar", "--range", "500", "--targets", fifo.toString(),
                "--format", "csv");
        writer.join(10_000);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("fifo-place"), r.out());
    }
}
