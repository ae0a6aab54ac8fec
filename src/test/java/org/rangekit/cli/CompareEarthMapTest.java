package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code map --compare-earth}: the sphere's rings are drawn and named in the legend with the largest difference. */
class CompareEarthMapTest {

    @TempDir
    Path dir;

    @Test
    void svgHasTheSphereRingsAndTheirLegend() throws IOException {
        Path with = dir.resolve("with.svg");
        Path without = dir.resolve("without.svg");
        Cli.Result a = Cli.run("map", "--site", "kapustin-yar", "--range", "1000,5500", "--compare-earth",
                "--size", "800x600", "-o", with.toString());
        assertEquals(0, a.exitCode(), a.toString());
        Cli.Result b = Cli.run("map", "--site", "kapustin-yar", "--range", "1000,5500", "--size", "800x600",
                "-o", without.toString());
        assertEquals(0, b.exitCode(), b.toString());
        String svgWith = Files.readString(with);
        String svgWithout = Files.readString(without);
        assertTrue(svgWith.contains("Same range on the sphere"), "legend names the sphere rings");
        assertFalse(svgWithout.contains("Same range on the sphere"));
        // the largest difference written in the legend: on a 5,500 km ring the sphere and WGS84 differ by
        // km, not metres nor hundreds of km (0.1–1% of the range)
        Matcher m = Pattern.compile("largest difference from WGS84 ([0-9.]+) km \\(5,500 km from Kapustin Yar\\)")
                .matcher(svgWith);
        assertTrue(m.find(), "legend text with the largest difference");
        double km = Double.parseDouble(m.group(1));
        assertTrue(km > 5.5 && km < 55, "largest difference " + km);
        // two more ring strokes than without the option (one per range)
        assertEquals(count(svgWithout, "stroke-dasharray") + 2 + 1, count(svgWith, "stroke-dasharray"),
                "one dashed stroke per sphere ring plus the legend's sample");
        Cli.Result bad = Cli.run("map", "--site", "kapustin-yar", "--range", "500", "--compare-earth", "--earth",
                "sphere", "-o", dir.resolve("bad.png").toString());
        assertEquals(2, bad.exitCode(), bad.toString());
        assertFalse(Files.exists(dir.resolve("bad.png")));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
