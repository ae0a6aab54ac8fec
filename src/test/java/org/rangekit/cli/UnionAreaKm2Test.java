package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.PolygonArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.range.Site;

/**
 * {@code area_km2} of the union areas ({@code rings --union}, {@code compare --features}): the
 * geodesic area of the union, checked against GeographicLib's {@code PolygonArea} on the rings
 * (one site, and two sites whose discs do not meet: the sum) and against the area {@code compare}
 * reports for the same union (overlapping discs).
 */
class UnionAreaKm2Test {

    /** Vertices of the reference polygons: the inscribed polygon's deficit is about (2π/n)²/6 = 5e-9 of the area. */
    static final int REF_VERTICES = 36_000;
    /** Relative tolerance against the reference: the union's rings are traced to 0.1 m (< 1e-6 of these areas). */
    static final double REL_TOL = 1e-6;
    /** compare reports area_total_km2 to 0.1 km²; the feature keeps 0.001 km². */
    static final double REPORT_ROUNDING_KM2 = 0.05 + 1e-9;

    @TempDir
    Path dir;

    private static double discKm2(String id, double radiusKm) {
        Site s = SiteCatalog.builtIn().find(id).orElseThrow();
        PolygonArea pa = new PolygonArea(Geodesic.WGS84, false);
        for (int a = 0; a < REF_VERTICES; a++) {
            GeodesicData d = Geodesic.WGS84.Direct(s.point().latDeg(), s.point().lonDeg(), 360.0 * a / REF_VERTICES,
                    radiusKm * 1000);
            pa.AddPoint(d.lat2, d.lon2);
        }
        return Math.abs(pa.Compute(false, true).area) / 1e6;
    }

    private List<JsonNode> areas(String... args) throws IOException {
        List<String> a = new ArrayList<>(List.of(args));
        int features = a.indexOf("--features");
        Path out = features >= 0 ? Path.of(a.get(features + 1)) : dir.resolve("u" + System.nanoTime() + ".geojson");
        if (features < 0) {
            a.addAll(List.of("-o", out.toString()));
        }
        Cli.Result r = Cli.run(a.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.toString());
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(out.toFile()).get("features")) {
            if (f.get("properties").get("kind").asText().equals("area")) {
                found.add(f.get("properties"));
            }
        }
        return found;
    }

    @Test
    void oneSitesUnionBandsHaveTheAreaOfItsExactBands() throws IOException {
        List<JsonNode> a = areas("rings", "--site", "mozdok", "--range", "480,500,1000", "--bands", "--union");
        assertEquals(3, a.size());
        double[] disc = {discKm2("mozdok", 480), discKm2("mozdok", 500), discKm2("mozdok", 1000)};
        assertEquals(disc[0], a.get(0).get("area_km2").asDouble(), disc[0] * REL_TOL);
        assertEquals(disc[1] - disc[0], a.get(1).get("area_km2").asDouble(), disc[1] * REL_TOL);
        assertEquals(disc[2] - disc[1], a.get(2).get("area_km2").asDouble(), disc[2] * REL_TOL);
        // Without --bands, each range's whole disc.
        List<JsonNode> discs = areas("rings", "--site", "mozdok", "--range", "480,500,1000", "--union");
        assertEquals(disc[2], discs.get(2).get("area_km2").asDouble(), disc[2] * REL_TOL);
    }

    @Test
    void farApartSitesUnionIsTheSumOfTheirDiscs() throws IOException {
        List<JsonNode> a = areas("rings", "--site", "kapustin-yar", "--site", "petropavlovsk-kamchatsky",
                "--range", "480,1000", "--bands", "--union");
        assertEquals(2, a.size());
        double d480 = discKm2("kapustin-yar", 480) + discKm2("petropavlovsk-kamchatsky", 480);
        double d1000 = discKm2("kapustin-yar", 1000) + discKm2("petropavlovsk-kamchatsky", 1000);
        assertEquals(d480, a.get(0).get("area_km2").asDouble(), d480 * REL_TOL);
        assertEquals(d1000 - d480, a.get(1).get("area_km2").asDouble(), d1000 * REL_TOL);
    }

    @Test
    void overlappingUnionHasTheAreaCompareReports() throws IOException {
        Path report = dir.resolve("cmp.csv");
        List<JsonNode> a = areas("compare", "--site", "kapustin-yar", "--site", "deveselu", "--range", "1000",
                "--targets", "capitals", "--features", dir.resolve("cmp.geojson").toString(), "--format", "csv",
                "-o", report.toString());
        assertEquals(1, a.size());
        String union = java.nio.file.Files.readAllLines(report).stream().filter(l -> l.startsWith("union,"))
                .findFirst().orElseThrow();
        String[] cells = union.split(",");
        double reported = Double.parseDouble(cells[7]);
        assertEquals(reported, a.get(0).get("area_km2").asDouble(), REPORT_ROUNDING_KM2, union);
        // The same union from rings --union: the same figure.
        List<JsonNode> rings = areas("rings", "--site", "kapustin-yar", "--site", "deveselu", "--range", "1000",
                "--union");
        assertEquals(a.get(0).get("area_km2").asDouble(), rings.get(0).get("area_km2").asDouble(), 0);
    }
}
