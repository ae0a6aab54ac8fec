package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.range.Ring;

/** End-to-end runs of {@code rangekit rings}, read back as a GIS reader would. */
class RingsCommandTest {

    /**
     * Written vertices may sit this far from the requested range: the engine's 1 mm plus rounding
     * to 7 decimals (half of 1e-7° is at most 5.6 mm in latitude and in longitude, 8 mm together).
     */
    static final double WRITTEN_VERTEX_TOL_M = 0.001 + 0.008;
    /** Areas in the file are rounded to 0.001 km². */
    static final double AREA_TOL_KM2 = 0.0005 + 1e-9;

    static final GeoPoint KAPUSTIN_YAR = SiteCatalog.builtIn().find("kapustin-yar").orElseThrow().point();
    static final GeoPoint NORTH_POLE_REGION = new GeoPoint(89.9, 0);

    @TempDir
    Path dir;

    /**
     * Regression: {@code area_km2} was written with 3 decimals, so a 0.5 m disc (0.785 m²) had area 0.
     * Seven significant digits are kept; at 0.5 m the ellipsoid is flat to far better than that, so
     * the area is π r² (7.853982e-7 km²).
     */
    @Test
    void subMetreDiscHasAPositiveArea() throws IOException {
        Cli.Result r = Cli.run("rings", "--site", "kapustin-yar", "--range", "0.5m", "-o", "-");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode p = GeoJsonTestReader.tree(r.stdoutBytes()).get("features").get(0).get("properties");
        assertTrue(r.stdout().contains("\"area_km2\":0.0000007853982,"), "plain decimal, no exponent");
        assertEquals(Math.PI * 0.25 / 1e6, p.get("area_km2").asDouble(), 1e-6 * Math.PI * 0.25 / 1e6);
    }

    /**
     * Regression (issue 8, item 8): {@code --range 1e-6} (1 mm) collapsed at 7 decimals inside the
     * writer (exit 1). Ranges below {@link org.rangekit.io.out.RingFeatures#MIN_RADIUS_METERS} (0.5 m,
     * written out here) are bad input naming the value and the limit; 0.5 m itself is written
     * (subMetreDiscHasAPositiveArea).
     */
    @Test
    void rangesBelowHalfAMetreAreRefusedNamingTheLimit() {
        for (String range : new String[] {"1e-6", "0.49m", "500,0.0001"}) {
            Cli.Result r = Cli.run("rings", "--site", "kapustin-yar", "--range", range, "-o", "-");
            assertEquals(2, r.exitCode(), r.toString());
            assertEquals("", r.stdout());
            assertTrue(r.stderr().contains("--range '" + range + "'"), r.stderr());
            assertTrue(r.stderr().contains("0.0005 km (0.5 m)"), r.stderr());
            assertEquals(1, r.stderr().strip().lines().count(), r.stderr());
        }
    }

    /** Site coordinates come from GeoNames (CC BY 4.0): the file credits them (RFC 7946 §6.1 foreign member). */
    @Test
    void ringsFileCarriesTheAttribution() throws IOException {
        Cli.Result r = Cli.run("rings", "--site", "kapustin-yar", "--range", "500", "-o", "-");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("Natural Earth; GeoNames", GeoJsonTestReader.tree(r.stdoutBytes()).get("attribution").asText());
    }

    /** Features 4–7: [r − 50, r + 50] km around Kapustin Yar (±50 km) for r = 480, 500, 1,000, 5,500. */
    private static void assertPossiblyBands(JsonNode fs) {
        double[] r = {480, 500, 1000, 5500};
        for (int i = 0; i < 4; i++) {
            JsonNode p = fs.get(4 + i).get("properties");
            assertEquals("possibly in range", p.get("category").asText());
            assertEquals(r[i] - 50, p.get("inner_km").asDouble());
            assertEquals(r[i] + 50, p.get("outer_km").asDouble());
        }
    }

    @Test
    void kapustinYarInfDiscs() throws IOException {
        Path out = dir.resolve("kapustin-yar-inf.geojson");
        Cli.Result r = Cli.run("rings", "--site", "kapustin-yar", "--preset", "inf", "-o", out.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("", r.stderr());
        JsonNode root = GeoJsonTestReader.tree(Files.readAllBytes(out));
        JsonNode fs = root.get("features");
        assertEquals(8, fs.size());
        assertPossiblyBands(fs);
        String[][] expected = {
            {"480", "480 km — claimed 9M729 range", "not covered by INF"},
            {"500", "500 km — INF lower limit", "shorter-range (INF)"},
            {"1000", "1,000 km — INF shorter/intermediate boundary", "shorter-range (INF)"},
            {"5500", "5,500 km — INF upper limit", "intermediate-range (INF)"}};
        for (int i = 0; i < 4; i++) {
            JsonNode p = fs.get(i).get("properties");
            assertEquals("kapustin-yar", p.get("site").asText());
            assertEquals("Kapustin Yar", p.get("site_name").asText());
            assertEquals(KAPUSTIN_YAR.latDeg(), p.get("lat").asDouble());
            assertEquals(KAPUSTIN_YAR.lonDeg(), p.get("lon").asDouble());
            assertEquals(0, p.get("inner_km").asDouble());
            assertEquals(expected[i][0], p.get("outer_km").asText());
            assertEquals(expected[i][1], p.get("label").asText());
            assertEquals(expected[i][2], p.get("category").asText());
            assertEquals("WGS84", p.get("earth").asText());
            double radiusM = Double.parseDouble(expected[i][0]) * 1000;
            Ring ring = new Ring(KAPUSTIN_YAR, radiusM, EarthModel.WGS84);
            assertEquals(RingPolygons.discAreaSquareMeters(ring) / 1e6, p.get("area_km2").asDouble(), AREA_TOL_KM2);
            checkGeometry(fs.get(i), ring);
        }
        // The 5,500 km disc contains the North Pole (about 4,600 km away) and spans all longitudes (§5.3).
        JsonNode bbox = fs.get(3).get("bbox");
        assertEquals("[-180,", bbox.toString().substring(0, 6));
        assertEquals(90, bbox.get(3).asDouble());
        assertTrue(GeoJsonTestReader.geometry(fs.get(3).get("geometry")).covers(point(NORTH_POLE_REGION)));
        assertTrue(!GeoJsonTestReader.geometry(fs.get(2).get("geometry")).covers(point(NORTH_POLE_REGION)));
    }

    @Test
    void kapustinYarInfBands() throws IOException {
        Cli.Result r = Cli.run("rings", "--site", "kapustin-yar", "--preset", "inf", "--bands", "-o", "-");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode fs = GeoJsonTestReader.tree(r.stdoutBytes()).get("features");
        // The 4 bands, then Kapustin Yar's ±50 km "possibly in range" band of each of the 4 ranges.
        assertEquals(8, fs.size());
        assertPossiblyBands(fs);
        String[][] expected = {
            {"0", "480", "0–480 km", "not covered by INF"},
            {"480", "500", "480–500 km", "not covered by INF"},
            {"500", "1000", "500–1,000 km", "shorter-range (INF)"},
            {"1000", "5500", "1,000–5,500 km", "intermediate-range (INF)"}};
        double total = 0;
        for (int i = 0; i < 4; i++) {
            JsonNode p = fs.get(i).get("properties");
            assertEquals(expected[i][0], p.get("inner_km").asText());
            assertEquals(expected[i][1], p.get("outer_km").asText());
            assertEquals(expected[i][2], p.get("label").asText());
            assertEquals(expected[i][3], p.get("category").asText());
            Geometry g = GeoJsonTestReader.geometry(fs.get(i).get("geometry"));
            assertTrue(IsValidOp.isValid(g), "valid: " + IsValidOp.isValid(g));
            checkOrientation(g);
            total += p.get("area_km2").asDouble();
        }
        // Bands tile the 5,500 km disc: their areas add up to its area.
        double disc = RingPolygons.discAreaSquareMeters(new Ring(KAPUSTIN_YAR, 5.5e6, EarthModel.WGS84)) / 1e6;
        assertEquals(disc, total, 4 * AREA_TOL_KM2);
        // A point 750 km out lies in the shorter-range band only.
        GeoPoint p750 = EarthModel.WGS84.direct(KAPUSTIN_YAR, 37, 750_000);
        for (int i = 0; i < 4; i++) {
            boolean in = GeoJsonTestReader.geometry(fs.get(i).get("geometry")).covers(point(p750));
            assertEquals(i == 2, in, "750 km point in band " + i);
        }
    }

    @Test
    void sameBytesToStdoutAndToAFileAndOnEveryRun() throws IOException {
        Path out = dir.resolve("a.geojson");
        String[] args = {"rings", "--site", "kapustin-yar", "--site", "petropavlovsk-kamchatsky", "--preset", "inf"};
        Cli.Result toFile = Cli.run(concat(args, "-o", out.toString()));
        assertEquals(0, toFile.exitCode(), toFile.toString());
        Cli.Result toStdout = Cli.run(concat(args, "-o", "-"));
        Cli.Result again = Cli.run(concat(args, "-o", "-"));
        assertArrayEquals(Files.readAllBytes(out), toStdout.stdoutBytes());
        assertArrayEquals(toStdout.stdoutBytes(), again.stdoutBytes());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file left");
        }
    }

    /** Regression: the 5,500 km ring around Petropavlovsk-Kamchatsky crosses ±180° and takes in the North Pole. */
    @Test
    void petropavlovskKamchatsky5500km() throws IOException {
        Cli.Result r = Cli.run("rings", "--site", "petropavlovsk-kamchatsky", "--range", "5500km", "-o", "-");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode f = GeoJsonTestReader.tree(r.stdoutBytes()).get("features").get(0);
        String type = f.get("geometry").get("type").asText();
        Geometry g = GeoJsonTestReader.geometry(f.get("geometry"));
        boolean poleClosed = type.equals("Polygon") && g.getEnvelopeInternal().getMaxY() == 90;
        assertTrue(type.equals("MultiPolygon") || poleClosed, "MultiPolygon or pole-closed polygon, got " + type);
        for (double[] p : GeoJsonTestReader.positions(f.get("geometry"))) {
            assertTrue(p[0] >= -180 && p[0] <= 180 && p[1] >= -90 && p[1] <= 90, "position " + p[0] + ", " + p[1]);
        }
        GeoPoint centre = SiteCatalog.builtIn().find("petropavlovsk-kamchatsky").orElseThrow().point();
        checkGeometry(f, new Ring(centre, 5.5e6, EarthModel.WGS84));
        // Points on both sides of the antimeridian are covered: 3,000 km due east lies past 180°.
        assertTrue(g.covers(point(EarthModel.WGS84.direct(centre, 90, 3_000_000))), "3,000 km east, past 180°");
        assertTrue(g.covers(point(EarthModel.WGS84.direct(centre, 270, 3_000_000))), "3,000 km west");
        assertTrue(g.covers(point(NORTH_POLE_REGION)));
    }

    @Test
    void antarcticSiteRingIsCutAtTheAntimeridian() throws IOException {
        Cli.Result r = Cli.run("rings", "--site", "-77.85,166.67", "--range", "500", "-o", "-");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode f = GeoJsonTestReader.tree(r.stdoutBytes()).get("features").get(0);
        assertEquals("MultiPolygon", f.get("geometry").get("type").asText());
        assertTrue(f.get("bbox").get(0).asDouble() > f.get("bbox").get(2).asDouble(), "west > east: " + f.get("bbox"));
        assertEquals("-77.85,166.67", f.get("properties").get("site").asText());
        checkGeometry(f, new Ring(new GeoPoint(-77.85, 166.67), 500_000, EarthModel.WGS84));
    }

    @Test
    void sphereAndToleranceAreHonoured() throws IOException {
        Cli.Result coarse = Cli.run("rings", "--site", "48°35′N 45°43′E", "--range", "1000", "--earth", "sphere",
                "--tolerance", "1km", "-o", "-");
        Cli.Result fine = Cli.run("rings", "--site", "48°35′N 45°43′E", "--range", "1000", "--earth", "sphere",
                "--tolerance", "0.01km", "-o", "-");
        assertEquals(0, coarse.exitCode(), coarse.toString());
        JsonNode f = GeoJsonTestReader.tree(coarse.stdoutBytes()).get("features").get(0);
        assertEquals("sphere", f.get("properties").get("earth").asText());
        int coarseN = GeoJsonTestReader.positions(f.get("geometry")).size();
        int fineN = GeoJsonTestReader.positions(GeoJsonTestReader.tree(fine.stdoutBytes()).get("features").get(0)
                .get("geometry")).size();
        assertTrue(fineN > 3 * coarseN, "finer tolerance, more vertices: " + coarseN + " vs " + fineN);
        checkGeometry(f, new Ring(new GeoPoint(48 + 35 / 60.0, 45 + 43 / 60.0), 1e6, EarthModel.SPHERE));
    }

    // ---------------------------------------------------------------------------------------

    /** Valid, right-hand rule, and every written vertex on the ring (poles/cut meridians aside). */
    static void checkGeometry(JsonNode feature, Ring ring) {
        Geometry g = GeoJsonTestReader.geometry(feature.get("geometry"));
        assertTrue(IsValidOp.isValid(g), "valid geometry");
        checkOrientation(g);
        for (double[] p : GeoJsonTestReader.positions(feature.get("geometry"))) {
            boolean closure = Math.abs(p[1]) == 90 || Math.abs(p[0]) == 180;
            double d = ring.distanceMeters(new GeoPoint(p[1], p[0]));
            if (!closure || Math.abs(d - ring.radiusMeters()) < 1) {
                assertEquals(ring.radiusMeters(), d, WRITTEN_VERTEX_TOL_M, "vertex " + p[0] + ", " + p[1]);
            }
        }
        assertTrue(g.covers(point(ring.centre())), "centre inside");
    }

    static void checkOrientation(Geometry g) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            assertTrue(Orientation.isCCW(p.getExteriorRing().getCoordinates()), "exterior counter-clockwise");
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                assertTrue(!Orientation.isCCW(p.getInteriorRingN(h).getCoordinates()), "hole clockwise");
            }
        }
    }

    static Geometry point(GeoPoint p) {
        return GeoJsonTestReader.point(p.lonDeg(), p.latDeg());
    }

    static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
