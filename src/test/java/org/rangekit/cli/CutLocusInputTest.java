package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ranges between a site's cut-locus limit and its antipodal distance are bad input (exit 2, one
 * line naming --range and the site's limit, no file), not an internal error (exit 1) as they were
 * for {@code rings --site kapustin-yar --range 19995} and {@code rings --site 0,0 --range 20003.931}.
 * The limits (19,989.182 km at Kapustin Yar, 19,970.332 km on the equator) are those of
 * RingPolygons.wellDefinedRadiusMeters, tested against GeodSolve there.
 */
class CutLocusInputTest {

    @TempDir
    Path dir;

    @Test
    void ringsPastTheCutLocusNameTheSitesLimit() {
        Path out = dir.resolve("r.geojson");
        Cli.Result r = Cli.run("rings", "--site", "kapustin-yar", "--range", "19995", "-o", out.toString());
        assertBadRange(r, "19989.182");
        assertFalse(Files.exists(out));
        Cli.Result eq = Cli.run("rings", "--site", "0,0", "--range", "20003.931", "-o", out.toString());
        assertBadRange(eq, "19970.332");
        assertFalse(Files.exists(out));
    }

    @Test
    void ringsBelowTheLimitAndOfTheWholeGlobeStillWork() {
        assertEquals(0, Cli.run("rings", "--site", "48.58175,45.74481", "--range", "19980", "-o", "-").exitCode());
        // From the catalog site, known to ±50 km, the "possibly in range" band reaches 20,030 km: past the
        // cut locus, so it has no well-defined ring, and the message says which band it is.
        Cli.Result r = Cli.run("rings", "--site", "kapustin-yar", "--range", "19980", "-o", "-");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().contains("possibly in range"), r.stderr());
    }

    @Test
    void mapPastTheCutLocusIsBadInput() throws IOException {
        Path out = dir.resolve("w.png");
        Cli.Result r = Cli.run("map", "--site", "kapustin-yar", "--range", "19995", "--size", "200x150",
                "-o", out.toString());
        assertBadRange(r, "19989.182");
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "no file, not even a temporary one");
        }
    }

    @Test
    void coverageSummaryPastTheCutLocusIsBadInput() {
        Cli.Result r = Cli.run("coverage", "--site", "kapustin-yar", "--range", "19995", "--targets", "capitals",
                "--summary", "--format", "csv");
        assertBadRange(r, "19989.182");
        assertEquals(0, r.stdoutBytes().length);
        Cli.Result perTarget = Cli.run("coverage", "--site", "kapustin-yar", "--range", "19995", "--targets",
                "capitals", "--format", "csv");
        assertEquals(0, perTarget.exitCode(), "classifying by distance needs no ring: " + perTarget);
    }

    @Test
    void compareAreasPastTheCutLocusAreBadInput() {
        Cli.Result r = Cli.run("compare", "--site", "kapustin-yar", "--site", "mozdok", "--range", "19995",
                "--targets", "capitals");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("--range '19995'"), r.stderr());
    }

    @Test
    void scenarioPastTheCutLocusIsBadInput() throws IOException {
        Path yaml = dir.resolve("s.yaml");
        Files.writeString(yaml, "sites: [kapustin-yar]\nranges: [480, 19995]\noutputs:\n  geojson: s.geojson\n");
        Cli.Result r = Cli.run("run", yaml.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("ranges '480,19995'") && r.stderr().contains("19989.182 km"), r.stderr());
        assertFalse(Files.exists(dir.resolve("s.geojson")));
    }

    private static void assertBadRange(Cli.Result r, String limitKm) {
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(1, r.stderrLines().size(), r.stderr());
        String line = r.stderrLines().get(0);
        assertTrue(line.contains("--range '"), line);
        assertTrue(line.contains("cut locus") && line.contains(limitKm + " km"), line);
    }
}
