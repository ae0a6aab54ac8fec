package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 7: the format of a written file follows its extension, not {@code --format}
 * ({@code coverage -o o.csv} wrote Markdown, {@code rings -o o.kml} wrote GeoJSON); a conflicting
 * {@code --format} or an extension rangekit cannot write is bad input; {@code --format} alone still
 * applies to stdout.
 */
class OutputFormatByExtensionTest {

    @TempDir
    Path dir;

    private String coverage(String out, String... more) throws IOException {
        String[] base = {"coverage", "--site", "kapustin-yar", "--range", "500", "--targets", "capitals", "--quiet",
            "-o", out};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        Cli.Result r = Cli.run(args);
        assertEquals(0, r.exitCode(), r.toString());
        return "-".equals(out) ? new String(r.stdoutBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(out), StandardCharsets.UTF_8);
    }

    @Test
    void coverageWritesTheFormatOfItsExtension() throws IOException {
        assertTrue(coverage(dir.resolve("o.csv").toString()).startsWith("name,country,"), "CSV header");
        assertTrue(coverage(dir.resolve("o.json").toString()).startsWith("{"), "JSON");
        assertTrue(coverage(dir.resolve("o.md").toString()).startsWith("## "), "Markdown heading");
        assertTrue(coverage(dir.resolve("O.CSV").toString()).startsWith("name,country,"), "any case");
        assertTrue(coverage(dir.resolve("o.csv").toString(), "--format", "csv").startsWith("name,"), "agreeing");
    }

    @Test
    void formatAloneStillAppliesToStdoutAndToNamesWithoutExtension() throws IOException {
        assertTrue(coverage("-", "--format", "csv").startsWith("name,country,"));
        assertTrue(coverage("-").startsWith("## "), "Markdown by default");
        assertTrue(coverage(dir.resolve("report").toString(), "--format", "json").startsWith("{"));
    }

    @Test
    void compareWritesTheFormatOfItsExtension() throws IOException {
        for (String[] c : new String[][] {{"x.json", "{"}, {"x.md", "## "}, {"x.csv", "change,name,"}}) {
            Path out = dir.resolve(c[0]);
            Cli.Result r = Cli.run("compare", "--site", "mozdok", "--range", "480", "--vs-range", "500",
                    "--targets", "cities", "--quiet", "-o", out.toString());
            assertEquals(0, r.exitCode(), r.toString());
            String text = Files.readString(out, StandardCharsets.UTF_8);
            assertTrue(text.startsWith(c[1]), c[0] + ": " + text.substring(0, Math.min(80, text.length())));
        }
    }

    @Test
    void aConflictingFormatIsBadInput() {
        Path out = dir.resolve("o.csv");
        Cli.Result r = Cli.run("coverage", "--site", "kapustin-yar", "--range", "500", "--targets", "capitals",
                "--format", "md", "-o", out.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals("rangekit coverage: --format 'md' conflicts with -o '" + out + "' (.csv)", r.stderr().strip());
        assertFalse(Files.exists(out));
        Cli.Result c = Cli.run("compare", "--site", "mozdok", "--range", "480", "--vs-range", "500",
                "--targets", "cities", "--format", "csv", "-o", dir.resolve("x.json").toString());
        assertEquals(2, c.exitCode(), c.toString());
        assertTrue(c.stderr().contains("--format 'csv' conflicts with -o"), c.stderr());
    }

    @Test
    void anExtensionRangekitCannotWriteIsBadInput() {
        Path shp = dir.resolve("o.shp");
        Cli.Result r = Cli.run("rings", "--site", "mozdok", "--range", "500", "-o", shp.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("-o '" + shp + "'"), r.stderr());
        assertTrue(r.stderr().contains(".geojson, .json, .kml, .kmz, .gpkg, .fgb, .csv, got .shp"), r.stderr());
        assertFalse(Files.exists(shp));
        Path txt = dir.resolve("o.txt");
        Cli.Result c = Cli.run("coverage", "--site", "kapustin-yar", "--range", "500", "--targets", "capitals",
                "-o", txt.toString());
        assertEquals(2, c.exitCode(), c.toString());
        assertTrue(c.stderr().contains(".csv, .json or .md"), c.stderr());
        assertFalse(Files.exists(txt));
    }

    @Test
    void ringsAcceptGeoJsonAndJsonExtensions() throws IOException {
        for (String name : new String[] {"r.geojson", "r.json", "r"}) {
            Path out = dir.resolve(name);
            Cli.Result r = Cli.run("rings", "--site", "mozdok", "--range", "500", "-o", out.toString());
            assertEquals(0, r.exitCode(), r.toString());
            assertTrue(Files.readString(out).contains("\"FeatureCollection\""), name);
        }
    }
}
