package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;

/** {@code coverage --compare-earth}: band_sphere and the differing targets against GeographicLib directly. */
class CompareEarthCoverageTest {

    /** Targets closer than this to an edge on either model are not judged (lat/lon printed to 6 decimals). */
    private static final double EDGE_MARGIN_M = 5.0;

    private static final double[] EDGES_M = {1_000_000, 5_500_000};
    private static final double KY_LAT = 48.58175;
    private static final double KY_LON = 45.74481;

    @Test
    void bandSphereDiffersExactlyWhereAnEdgeLiesBetweenTheTwoDistances() throws IOException {
        Cli.Result r = Cli.run("coverage", "--site", "kapustin-yar", "--range", "1000,5500", "--targets", "capitals",
                "--compare-earth", "--format", "json");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode root = new ObjectMapper().readTree(r.stdoutBytes());
        Geodesic sphere = new Geodesic(6_371_008.8, 0);
        Set<String> expected = new TreeSet<>();
        int judged = 0;
        for (JsonNode t : root.get("targets")) {
            double lat = t.get("lat").asDouble();
            double lon = t.get("lon").asDouble();
            double w = Geodesic.WGS84.Inverse(KY_LAT, KY_LON, lat, lon, GeodesicMask.DISTANCE).s12;
            double s = sphere.Inverse(KY_LAT, KY_LON, lat, lon, GeodesicMask.DISTANCE).s12;
            boolean nearEdge = false;
            boolean crosses = false;
            for (double e : EDGES_M) {
                nearEdge |= Math.abs(w - e) < EDGE_MARGIN_M || Math.abs(s - e) < EDGE_MARGIN_M;
                crosses |= (w <= e) != (s <= e);
            }
            if (nearEdge) {
                continue;
            }
            judged++;
            String name = t.get("name").asText();
            assertEquals(crosses, !t.get("band").asText().equals(t.get("band_sphere").asText()),
                    name + " WGS84 " + w + " m, sphere " + s + " m: " + t);
            if (crosses) {
                expected.add(name);
            }
        }
        assertTrue(judged > 200, "judged " + judged);
        assertFalse(expected.isEmpty(), "no capital crosses an edge: the test would check nothing");
        Set<String> listed = new TreeSet<>();
        for (JsonNode d : root.get("band_differs")) {
            listed.add(d.get("name").asText());
        }
        assertEquals(expected, listed);
        JsonNode rings = root.get("ring_difference");
        assertEquals(2, rings.size(), rings.toString());
        // the sphere ring of 1,000 km lies within 0.5% of the range of the WGS84 ring, and not on it
        double d1000 = rings.get(0).get("ring_difference_km").asDouble();
        assertTrue(d1000 > 0.1 && d1000 < 5, rings.toString());
    }

    @Test
    void csvHasTheAddedColumnAndSphereEarthIsRefused() {
        Cli.Result csv = Cli.run("coverage", "--site", "kapustin-yar", "--preset", "inf", "--targets", "capitals",
                "--compare-earth", "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.toString());
        assertTrue(csv.stdout().lines().findFirst().orElseThrow().endsWith(",site_uncertainty_km,band_sphere"));
        Cli.Result bad = Cli.run("coverage", "--site", "kapustin-yar", "--preset", "inf", "--targets", "capitals",
                "--compare-earth", "--earth", "sphere");
        assertEquals(2, bad.exitCode(), bad.toString());
        assertTrue(bad.stderr().contains("sphere"), bad.stderr());
    }
}
