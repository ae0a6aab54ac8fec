package org.rangekit.io.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.rangekit.ExternalTools;
import org.rangekit.Slow;
import org.rangekit.api.AreaOrigin;
import org.rangekit.api.AreaRanges;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geometry.EdgeReading;
import org.rangekit.geometry.Outlines;
import org.rangekit.range.ThresholdSet;
import org.rangekit.scenario.OverlayFormat;

/**
 * Ranges from an area in the layered overlay formats, read back by GDAL: the area's polygon
 * ({@code areas}), its line ({@code area_lines}), its point ({@code sites}), the bands and the ring
 * outline of each buffer ({@code rings}), every geometry valid for SpatiaLite. The area lies near
 * ±180° and 74° N, so that the 100 km buffer is cut at ±180° and the 2,000 km one also holds the
 * North Pole: the rings must carry neither the cut nor the pole line. The ring vertices lie at the
 * range from the area by a brute force sharing nothing with the code but GeographicLib's inverse
 * problem: the area's lon/lat edges sampled every {@value #STEP_M} m.
 */
@Slow
class AreaOverlayGdalTest {

    /** Brute-force sample spacing (metres): overstates a distance of 100 km by at most 0.5²/(8·100) km = 0.3 m. */
    static final double STEP_M = 500;
    /** The polygons' tolerance (metres). */
    static final double TOLERANCE_M = 50;
    /** What the brute force itself may be off by (metres). */
    static final double BRUTE_FORCE_M = 1;

    private static final double[][] BOX = {{170, 74}, {171, 74}, {171, 75}, {170, 75}, {170, 74}};
    private static final double[][] LINE = {{175, 70}, {177, 70.5}, {179.5, 71}};
    private static final double[] POINT = {-179.5, 72};

    @TempDir
    Path dir;

    private AreaOrigin area() throws IOException {
        Path f = dir.resolve("a.geojson");
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[["
                + coords(BOX) + "]]}},"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":["
                + coords(LINE) + "]}},"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":["
                + POINT[0] + "," + POINT[1] + "]}}]}", StandardCharsets.UTF_8);
        return AreaOrigin.file("a.geojson", f, EarthModel.WGS84);
    }

    private static String coords(double[][] cs) {
        List<String> out = new ArrayList<>();
        for (double[] c : cs) {
            out.add("[" + c[0] + "," + c[1] + "]");
        }
        return String.join(",", out);
    }

    /** Brute-force distance (metres) from a point outside the box to the area. */
    static double bruteForce(double lat, double lon) {
        double best = Geodesic.WGS84.Inverse(lat, lon, POINT[1], POINT[0], GeodesicMask.DISTANCE).s12;
        for (double[][] chain : new double[][][] {BOX, LINE}) {
            for (int i = 0; i + 1 < chain.length; i++) {
                double[] a = chain[i];
                double[] b = chain[i + 1];
                double len = Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0], GeodesicMask.DISTANCE).s12;
                int n = (int) Math.ceil(len / STEP_M);
                for (int k = 0; k <= n; k++) {
                    double t = (double) k / n;
                    best = Math.min(best, Geodesic.WGS84.Inverse(lat, lon, a[1] + t * (b[1] - a[1]),
                            a[0] + t * (b[0] - a[0]), GeodesicMask.DISTANCE).s12);
                }
            }
        }
        return best;
    }

    @Test
    void ringsOfAnAreaAreValidLinesAtTheRangeInGpkgAndKml() throws Exception {
        ExternalTools.require("ogrinfo");
        AreaOrigin origin = area();
        ThresholdSet set = ThresholdSet.custom(List.of(100.0, 2000.0));
        List<GeoJsonWriter.Feature> lonlat = AreaRanges.features(origin, set, true, TOLERANCE_M, EdgeReading.LONLAT);
        List<GeoJsonWriter.Feature> rings = lonlat.stream().filter(f -> f.properties().get("kind").equals("ring"))
                .toList();
        assertEquals(2, rings.size());
        double worst = 0;
        int checked = 0;
        for (int j = 0; j < 2; j++) {
            GeoJsonWriter.Feature ring = rings.get(j);
            double radiusM = set.thresholds().get(j).radiusMeters();
            assertEquals(set.thresholds().get(j).radiusKm(), ((Number) ring.properties().get("radius_km")).doubleValue());
            assertEquals("a.geojson", ring.properties().get("origin"));
            Geometry g = ring.geometry();
            assertEquals("MultiLineString", g.getGeometryType());
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Coordinate[] cs = g.getGeometryN(i).getCoordinates();
                for (int k = 0; k + 1 < cs.length; k++) {
                    assertFalse(Outlines.isClosingEdge(cs[k], cs[k + 1]), "a seam or pole edge in ring " + j);
                }
                for (int k = 0; k < cs.length; k += 25) {
                    worst = Math.max(worst, Math.abs(bruteForce(cs[k].y, cs[k].x) - radiusM));
                    checked++;
                }
            }
            org.locationtech.jts.geom.Envelope e = g.getEnvelopeInternal();
            assertEquals(-180, e.getMinX(), 1e-9, "ring " + j + " is cut at ±180°");
            assertEquals(180, e.getMaxX(), 1e-9, "ring " + j + " is cut at ±180°");
        }
        System.out.printf(Locale.ROOT, "AreaOverlayGdalTest: %d ring vertices, worst |d - r| %.3f m%n", checked, worst);
        assertTrue(checked > 100, "vertices checked: " + checked);
        assertTrue(worst <= TOLERANCE_M + BRUTE_FORCE_M, "worst " + worst + " m");
        // The 2,000 km band holds the North Pole (closed along the pole line); its ring does not run along it.
        assertEquals(90, lonlat.stream().filter(f -> f.properties().get("kind").equals("band")).toList().get(1)
                .geometry().getEnvelopeInternal().getMaxY(), 1e-9);
        assertTrue(rings.get(1).geometry().getEnvelopeInternal().getMaxY() < 89.9);

        for (OverlayFormat format : List.of(OverlayFormat.GPKG, OverlayFormat.KML, OverlayFormat.KMZ)) {
            List<GeoJsonWriter.Feature> f = AreaRanges.features(origin, set, true, TOLERANCE_M, format.defaultEdges());
            Path file = dir.resolve("a" + format.extensions().get(0));
            try (OutputStream out = Files.newOutputStream(file)) {
                AreaRanges.overlayWriter(format, origin, set).write(out, f);
            }
            Map<String, OverlayGdalTest.LayerInfo> g = OverlayGdalTest.layers(file);
            String geom = format == OverlayFormat.GPKG ? "geom" : "GEOMETRY";
            if (format == OverlayFormat.GPKG) {
                assertEquals(new OverlayGdalTest.LayerInfo("Multi Line String", 2), g.get("rings"), g.toString());
                assertEquals(new OverlayGdalTest.LayerInfo("Multi Line String", 1), g.get("area_lines"), g.toString());
                assertEquals(new OverlayGdalTest.LayerInfo("Multi Polygon", 1), g.get("areas"), g.toString());
                assertEquals(new OverlayGdalTest.LayerInfo("Multi Polygon", 2), g.get("bands"), g.toString());
                assertEquals(new OverlayGdalTest.LayerInfo("Point", 1), g.get("sites"), g.toString());
            } else {
                for (String layer : List.of("rings", "bands")) {
                    assertEquals(2, g.get(layer).count(), format + " " + g);
                }
                assertEquals(1, g.get("area_lines").count(), format + " " + g);
            }
            if (format != OverlayFormat.KMZ) {
                OverlayGdalTest.assertAllValid(file, "rings", geom, 2);
                OverlayGdalTest.assertAllValid(file, "area_lines", geom, 1);
                String types = OverlayGdalTest.ogrinfo("-q", "-dialect", "sqlite", "-sql",
                        "SELECT group_concat(ST_GeometryType(" + geom + ")) AS t FROM rings", file.toString());
                assertTrue(types.contains("t (String) = MULTILINESTRING,MULTILINESTRING"), types);
            }
        }
    }

    /**
     * {@code compare --features} from the area: the area, the band between the ranges (with the
     * report's area) and no rings; valid for SpatiaLite.
     */
    @Test
    void compareFeaturesOfAnAreaAreValid() throws Exception {
        ExternalTools.require("ogrinfo");
        Path targets = dir.resolve("t.csv");
        Files.writeString(targets, "name,lat,lon\nnear,75,176\nfar,10,10\n", StandardCharsets.UTF_8);
        area();
        Path gpkg = dir.resolve("c.gpkg");
        Path csv = dir.resolve("c.csv");
        int code = org.rangekit.cli.Main.run(new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8), new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8), "compare", "--from-area", dir.resolve("a.geojson").toString(),
                "--range", "100", "--vs-range", "200", "--targets", targets.toString(), "--summary", "-o",
                csv.toString(), "--features", gpkg.toString());
        assertEquals(0, code);
        Map<String, OverlayGdalTest.LayerInfo> g = OverlayGdalTest.layers(gpkg);
        assertEquals(new OverlayGdalTest.LayerInfo("Multi Polygon", 2), g.get("areas"), g.toString());
        assertEquals(new OverlayGdalTest.LayerInfo("Multi Line String", 1), g.get("area_lines"), g.toString());
        assertFalse(g.containsKey("rings"), g.toString());
        OverlayGdalTest.assertAllValid(gpkg, "areas", "geom", 2);
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> head = List.of(rows.get(0).split(","));
        String reportKm2 = rows.get(1).split(",")[head.indexOf("area_total_km2")];
        String band = OverlayGdalTest.ogrinfo("-q", "-sql", "SELECT area_km2 FROM areas WHERE outer_km = 200",
                gpkg.toString());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("area_km2 \\(Real\\) = ([0-9.]+)").matcher(band);
        assertTrue(m.find(), band);
        assertEquals(Double.parseDouble(reportKm2), Double.parseDouble(m.group(1)), 0.05 + 1e-9, band);
    }
}
