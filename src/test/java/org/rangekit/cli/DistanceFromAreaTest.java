package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rangekit distance --from-area / --from-country}: 0 inside, else the exact distance to the nearest point. */
class DistanceFromAreaTest {

    /** Printed with 3 decimals of km, plus the brute force's own 1 m step. */
    static final double PRINTED_KM_TOL = 0.0005 + 0.001;

    @TempDir
    Path dir;

    private Path box() throws IOException {
        // A 10° x 5° box; its west edge runs along the meridian 30° E, where straight lon/lat and geodesic agree.
        Path f = dir.resolve("box.geojson");
        Files.writeString(f, "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[30,50],[40,50],[40,55],[30,55],[30,50]]]}}", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void nearestPointInsideAMeridianEdgeMatchesABruteForce() throws IOException {
        Cli.Result r = Cli.run("distance", "--from-area", box().toString(), "--to", "52.52,13.40");
        assertEquals(0, r.exitCode(), r.toString());
        Map<String, String> out = DistanceCommandTest.parse(r.stdout());
        assertEquals("no", out.get("inside"));
        // Brute force: GeographicLib distances to the west edge sampled every 0.001°, then every 1e-7° (about 1 cm).
        Geodesic g = Geodesic.WGS84;
        double bestLat = 50, best = Double.POSITIVE_INFINITY;
        for (double lat = 50; lat <= 55; lat += 1e-3) {
            double d = g.Inverse(52.52, 13.40, lat, 30, GeodesicMask.DISTANCE).s12;
            if (d < best) {
                best = d;
                bestLat = lat;
            }
        }
        for (double lat = bestLat - 1e-3; lat <= bestLat + 1e-3; lat += 1e-7) {
            best = Math.min(best, g.Inverse(52.52, 13.40, lat, 30, GeodesicMask.DISTANCE).s12);
        }
        assertTrue(bestLat > 50.1 && bestLat < 54.9, "the nearest point must be inside the edge: " + bestLat);
        String km = out.get("distance_km").split(" ")[0];
        assertEquals(best / 1000, Double.parseDouble(km), PRINTED_KM_TOL);
        // Vertex-only measurement would be off by kilometres here.
        double vertex = Math.min(g.Inverse(52.52, 13.40, 50, 30, GeodesicMask.DISTANCE).s12,
                g.Inverse(52.52, 13.40, 55, 30, GeodesicMask.DISTANCE).s12);
        assertTrue(vertex - best > 5_000, "vertex-only " + vertex + " m vs " + best + " m");
    }

    @Test
    void insideIsZero() throws IOException {
        Map<String, String> out = DistanceCommandTest.parse(
                Cli.run("distance", "--from-area", box().toString(), "--to", "52.5,35").stdout());
        assertEquals("yes", out.get("inside"));
        assertEquals("0.000", out.get("distance_km"));
    }

    @Test
    void kaliningradExclave() {
        // Chernyakhovsk is inside the exclave; Berlin is not, and is not inside mainland Russia either.
        Map<String, String> in = DistanceCommandTest.parse(Cli.run("distance", "--from-country", "RUS",
                "--part-containing", "54.7,20.5", "--to", "chernyakhovsk").stdout());
        assertEquals("yes", in.get("inside"));
        Cli.Result r = Cli.run("distance", "--from-country", "RUS", "--part-containing", "54.7,20.5", "--to", "52.52,13.40");
        assertEquals(0, r.exitCode(), r.toString());
        double km = Double.parseDouble(DistanceCommandTest.parse(r.stdout()).get("distance_km").split(" ")[0]);
        assertTrue(km > 400 && km < 520, "Berlin to the exclave: " + km);
    }

    @Test
    void badInputs() throws IOException {
        assertEquals(2, Cli.run("distance", "--from-area", dir.resolve("missing.geojson").toString(), "--to", "1,1").exitCode());
        assertEquals(2, Cli.run("distance", "--from", "1,1", "--from-country", "RUS", "--to", "1,1").exitCode());
        assertEquals(2, Cli.run("distance", "--from-country", "Atlantis", "--to", "1,1").exitCode());
        assertEquals(2, Cli.run("distance", "--from-country", "RUS", "--part-containing", "0,0", "--to", "1,1").exitCode());
        assertEquals(2, Cli.run("distance", "--from", "1,1", "--part-containing", "0,0", "--to", "1,1").exitCode());
        Path kml = dir.resolve("evil.kml");
        Files.writeString(kml, "<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<kml><Placemark><Point><coordinates>&x;</coordinates></Point></Placemark></kml>");
        Cli.Result r = Cli.run("distance", "--from-area", kml.toString(), "--to", "1,1");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(!r.stderr().contains("root:"), r.stderr());
        Path wkt = dir.resolve("box.wkt");
        Files.writeString(wkt, "POLYGON ((30 50, 40 50, 40 55, 30 55, 30 50))");
        assertEquals("yes", DistanceCommandTest.parse(
                Cli.run("distance", "--from-area", wkt.toString(), "--to", "52.5,35").stdout()).get("inside"));
    }
}
