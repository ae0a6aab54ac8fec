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

    /**
     * {@code compare --vs-site --features}: the two differences as area polygons named by the
     * report's tables; far apart, each is its whole disc; overlapping, each is the union (as
     * {@code compare} reports it) less the other site's disc.
     */
    @Test
    void vsSiteDifferencesHaveTheirAreas() throws IOException {
        List<JsonNode> a = vsSiteAreas("petropavlovsk-kamchatsky");
        assertEquals(2, a.size());
        assertEquals("Within 1,000 km of petropavlovsk-kamchatsky but not of kapustin-yar", a.get(0).get("name").asText());
        assertEquals("only_vs_site", a.get(0).get("change").asText());
        assertEquals("only_site", a.get(1).get("change").asText());
        double discP = discKm2("petropavlovsk-kamchatsky", 1000);
        double discK = discKm2("kapustin-yar", 1000);
        assertEquals(discP, a.get(0).get("area_km2").asDouble(), discP * REL_TOL);
        assertEquals(discK, a.get(1).get("area_km2").asDouble(), discK * REL_TOL);

        List<JsonNode> near = vsSiteAreas("deveselu");
        Path report = dir.resolve("union.csv");
        assertEquals(0, Cli.run("compare", "--site", "kapustin-yar", "--site", "deveselu", "--range", "1000",
                "--targets", "capitals", "--summary", "--format", "csv", "-o", report.toString()).exitCode());
        double union = Double.parseDouble(java.nio.file.Files.readAllLines(report).stream()
                .filter(l -> l.startsWith("union,")).findFirst().orElseThrow().split(",")[7]);
        double discD = discKm2("deveselu", 1000);
        assertEquals(union - discK, near.get(0).get("area_km2").asDouble(), union * REL_TOL + REPORT_ROUNDING_KM2);
        assertEquals(union - discD, near.get(1).get("area_km2").asDouble(), union * REL_TOL + REPORT_ROUNDING_KM2);
        assertTrue(near.get(0).get("area_km2").asDouble() < discD, "the overlap is left out");
    }

    /** The area placemarks of {@code compare --vs-site VS --features x.kml}, their ExtendedData as properties. */
    private List<JsonNode> vsSiteAreas(String vsSite) throws IOException {
        Path kml = dir.resolve("vs-" + vsSite + ".kml");
        Cli.Result r = Cli.run("compare", "--site", "kapustin-yar", "--vs-site", vsSite, "--range", "1000",
                "--targets", "capitals", "-o", dir.resolve("vs.csv").toString(), "--features", kml.toString());
        assertEquals(0, r.exitCode(), r.toString());
        String text = java.nio.file.Files.readString(kml);
        List<JsonNode> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        java.util.regex.Matcher pm = java.util.regex.Pattern.compile("<Placemark>.*?</Placemark>",
                java.util.regex.Pattern.DOTALL).matcher(text);
        while (pm.find()) {
            com.fasterxml.jackson.databind.node.ObjectNode p = json.createObjectNode();
            java.util.regex.Matcher dm = java.util.regex.Pattern.compile(
                    "<Data name=\"([^\"]+)\">\\s*<value>([^<]*)</value>").matcher(pm.group());
            while (dm.find()) {
                p.put(dm.group(1), dm.group(2));
            }
            if (p.path("kind").asText().equals("area")) {
                out.add(p);
            }
        }
        return out;
    }
}
