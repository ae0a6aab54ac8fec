package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue item: a polygon crossing ±180° without the RFC 7946 §3.1.9 cut was 7,153 km from Kapustin
 * Yar (read flat, it spans 358° of longitude the long way round and reaches 45.7° E) instead of
 * about 14,480 km. It is now repaired by the shortest-edge rule with one warning naming the
 * feature, and {@code --strict} refuses it (exit 2). The distance is checked against GeographicLib's
 * inverse problem along the polygon's boundary, sampled every 0.001°.
 */
class UncutAntimeridianTargetTest {

    /** The report's distance against the brute-force minimum: the boundary is densified by the reader, and
     * 0.001° of sampling along an edge is at most 55 m of boundary, i.e. a few metres of distance. */
    static final double DISTANCE_TOL_M = 20;

    /** Kapustin Yar as the catalog gives it (data/sites.csv). */
    static final double KY_LAT = 48.58175;
    static final double KY_LON = 45.74481;

    @TempDir
    Path dir;

    private static final String FIJI_LIKE = """
            {"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"name": "uncut"}, "geometry": {"type": "Polygon",
              "coordinates": [[[179.4, -16], [-179.4, -16], [-179.4, -18], [179.4, -18], [179.4, -16]]]}}
            ]}
            """;

    @Test
    void anUncutPolygonIsRepairedToItsTrueDistanceWithOneWarning() throws IOException {
        Path f = dir.resolve("fiji.geojson");
        Files.writeString(f, FIJI_LIKE);
        Cli.Result r = Cli.run("coverage", "--site", "kapustin-yar", "--preset", "inf", "--targets", f.toString(),
                "--format", "csv", "-o", "-");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals(List.of("warning: fiji.geojson:2: feature 0 crosses \u00b1180\u00b0 without the cut RFC 7946 "
                + "section 3.1.9 requires (an edge from longitude 179.4 to -179.4); repaired by taking every edge the "
                + "short way across \u00b1180\u00b0 and cutting it there; only the first such feature is reported"),
                r.stderrLines());
        String[] lines = r.stdout().split("\n");
        assertEquals(2, lines.length, r.stdout());
        List<String> header = List.of(lines[0].split(","));
        double reportedKm = Double.parseDouble(lines[1].split(",")[header.indexOf("distance_km")]);

        double expectedM = nearestOnBoundaryMeters(new double[][] {
            {179.4, -16}, {180.6, -16}, {180.6, -18}, {179.4, -18}, {179.4, -16}});
        assertEquals(expectedM / 1000, reportedKm, DISTANCE_TOL_M / 1000);
        assertEquals(14_480, reportedKm, 1, "about 14,480 km, not the 7,153 km of the flat reading");
        // The flat reading's figure, for the record: the point (-16, 45.74481) of the 358°-wide polygon.
        double flatKm = Geodesic.WGS84.Inverse(KY_LAT, KY_LON, -16, KY_LON).s12 / 1000;
        assertEquals(7_153, flatKm, 1);
        assertTrue(reportedKm - flatKm > 7_000);
    }

    @Test
    void strictRefusesAnUncutPolygonInOneLine() throws IOException {
        Path f = dir.resolve("fiji.geojson");
        Files.writeString(f, FIJI_LIKE);
        for (String command : new String[] {"coverage", "compare"}) {
            Path out = dir.resolve("out.csv");
            Cli.Result r = command.equals("coverage")
                    ? Cli.run("coverage", "--site", "kapustin-yar", "--preset", "inf", "--targets", f.toString(),
                            "--strict", "-o", out.toString())
                    : Cli.run("compare", "--site", "kapustin-yar", "--range", "480", "--vs-range", "500",
                            "--targets", f.toString(), "--strict", "-o", out.toString());
            assertEquals(2, r.exitCode(), r.stderr());
            assertEquals(List.of("rangekit " + command + ": --targets: fiji.geojson:2: feature 0 crosses \u00b1180\u00b0 "
                    + "without the cut RFC 7946 section 3.1.9 requires (an edge from longitude 179.4 to -179.4) "
                    + "(--strict)"), r.stderrLines());
            assertTrue(Files.notExists(out));
        }
    }

    /** Minimum WGS84 geodesic distance from Kapustin Yar to a lon/lat ring (edges straight in lon/lat). */
    static double nearestOnBoundaryMeters(double[][] ring) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 1; i < ring.length; i++) {
            double[] a = ring[i - 1];
            double[] b = ring[i];
            int steps = (int) Math.ceil(Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])) / 0.001);
            for (int k = 0; k <= steps; k++) {
                double t = (double) k / steps;
                double lon = a[0] + t * (b[0] - a[0]);
                double lat = a[1] + t * (b[1] - a[1]);
                best = Math.min(best, Geodesic.WGS84.Inverse(KY_LAT, KY_LON, lat, lon).s12);
            }
        }
        return best;
    }
}
