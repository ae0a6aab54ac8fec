package org.rangekit.io.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rangekit.ExternalTools;
import org.rangekit.Slow;
import org.rangekit.api.Overlays;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.scenario.OverlayFormat;

/**
 * GDAL reads every overlay format back (ogrinfo: the GeoJSON, LIBKML, GPKG, FlatGeobuf and CSV
 * drivers) with the expected layers, feature counts, declared geometry types and valid geometries
 * (SpatiaLite's {@code ST_IsValid} through {@code -dialect sqlite}), for Kapustin Yar and for
 * Petropavlovsk-Kamchatsky, whose 5,500 km band crosses ±180° and contains the North Pole, at the
 * INF preset (bands 0–480, 480–500, 500–1,000, 1,000–5,500 km); and KML styles are visible to GDAL.
 */
@Slow
class OverlayGdalTest {

    @TempDir
    Path dir;

    /** One ogrinfo layer summary. */
    record LayerInfo(String geometry, long count) {
    }

    static String ogrinfo(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ExternalTools.require("ogrinfo").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", cmd) + "\n" + out);
        assertTrue(!out.contains("ERROR") && !out.contains("Warning"), String.join(" ", cmd) + "\n" + out);
        return out;
    }

    /** Layer name → geometry type and feature count, from {@code ogrinfo -so -al}. */
    static Map<String, LayerInfo> layers(Path file) throws IOException, InterruptedException {
        String out = ogrinfo("-so", "-al", file.toString());
        Map<String, LayerInfo> m = new LinkedHashMap<>();
        Matcher x = Pattern.compile("Layer name: (.*)\\n(?:.*\\n)*?Geometry: (.*)\\nFeature Count: (\\d+)")
                .matcher(out);
        while (x.find()) {
            m.put(x.group(1), new LayerInfo(x.group(2), Long.parseLong(x.group(3))));
        }
        return m;
    }

    /** The number of features of a layer and how many of them SpatiaLite finds valid. */
    static long[] validity(Path file, String layer, String geomColumn) throws IOException, InterruptedException {
        String out = ogrinfo("-q", "-dialect", "sqlite", "-sql", "SELECT count(*) AS n, sum(ST_IsValid(" + geomColumn
                + ")) AS v, sum(" + geomColumn + " IS NULL) AS z FROM \"" + layer + "\"", file.toString());
        return new long[] {number(out, "n"), number(out, "v"), number(out, "z")};
    }

    static long number(String out, String field) {
        Matcher m = Pattern.compile(field + " \\(Integer\\) = (\\d+)").matcher(out);
        assertTrue(m.find(), field + " in\n" + out);
        return Long.parseLong(m.group(1));
    }

    static void assertAllValid(Path file, String layer, String geomColumn, long expected)
            throws IOException, InterruptedException {
        long[] v = validity(file, layer, geomColumn);
        assertEquals(expected, v[0], file.getFileName() + " " + layer + " count");
        assertEquals(0, v[2], file.getFileName() + " " + layer + " null geometries");
        assertEquals(v[0], v[1], file.getFileName() + " " + layer + " valid geometries");
    }

    private final Map<String, List<GeoJsonWriter.Feature>> computed = new LinkedHashMap<>();

    Path write(Site site, OverlayFormat format) throws IOException {
        List<GeoJsonWriter.Feature> f = computed.computeIfAbsent(site.id() + format.defaultEdges(),
                k -> Overlays.features(List.of(site), ThresholdSet.inf(), EarthModel.WGS84, true, 50,
                        format.defaultEdges()));
        Path file = dir.resolve(site.id() + format.extensions().get(0));
        try (OutputStream out = Files.newOutputStream(file)) {
            Overlays.write(out, format, f, List.of(site), ThresholdSet.inf(), EarthModel.WGS84, true);
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"kapustin-yar", "petropavlovsk-kamchatsky"})
    void gdalReadsEveryFormatWithTheExpectedLayers(String id) throws Exception {
        ExternalTools.require("ogrinfo");
        Site site = SiteCatalog.builtIn().find(id).orElseThrow();
        // The 4 INF bands, and for a site known to ±u one "possibly in range" band [r − u, r + u] per range.
        int bands = 4 + (site.uncertaintyKm() > 0 ? ThresholdSet.inf().thresholds().size() : 0);

        Path geojson = write(site, OverlayFormat.GEOJSON);
        assertEquals(Map.of(id, new LayerInfo("Multi Polygon", bands)), layers(geojson));
        assertAllValid(geojson, id, "GEOMETRY", bands);

        Path fgb = write(site, OverlayFormat.FGB);
        assertEquals(Map.of("bands", new LayerInfo("Multi Polygon", bands)), layers(fgb));
        assertAllValid(fgb, "bands", "GEOMETRY", bands);

        Path csv = write(site, OverlayFormat.CSV);
        assertEquals(bands, layers(csv).get(id).count());
        assertAllValid(csv, id, "GEOMETRY", bands);
        String types = ogrinfo("-q", "-dialect", "sqlite", "-sql",
                "SELECT DISTINCT ST_GeometryType(GEOMETRY) AS t FROM \"" + id + "\"", csv.toString());
        assertTrue(types.contains("t (String) = MULTIPOLYGON") && !types.contains("= POLYGON"), types);

        Path gpkg = write(site, OverlayFormat.GPKG);
        Map<String, LayerInfo> g = layers(gpkg);
        assertEquals(List.of("sites", "bands", "rings", "layer_styles"), new ArrayList<>(g.keySet()));
        assertEquals(new LayerInfo("Point", 1), g.get("sites"));
        assertEquals(new LayerInfo("Multi Polygon", bands), g.get("bands"));
        assertEquals(new LayerInfo("Multi Line String", 4), g.get("rings"));
        assertEquals(new LayerInfo("None", 3), g.get("layer_styles"));
        for (String layer : List.of("sites", "bands", "rings")) {
            assertAllValid(gpkg, layer, "geom", g.get(layer).count());
            // The R-tree spatial index holds every feature.
            String rtree = ogrinfo("-q", "-sql", "SELECT count(*) AS n FROM rtree_" + layer + "_geom", gpkg.toString());
            assertEquals(g.get(layer).count(), number(rtree, "n"), layer + " rtree");
        }
        String styles = ogrinfo("-q", "-sql", "SELECT f_table_name, useAsDefault, styleQML FROM layer_styles"
                + " WHERE f_table_name = 'bands'", gpkg.toString());
        // Band 0 in the map legend's colour: Okabe–Ito orange with the map's band alpha (105).
        assertTrue(styles.contains("useAsDefault (Integer(Boolean)) = 1") && styles.contains("230,159,0,105")
                && styles.contains("attr=\"outer_km\""), styles);

        for (OverlayFormat kml : List.of(OverlayFormat.KML, OverlayFormat.KMZ)) {
            Path file = write(site, kml);
            Map<String, LayerInfo> k = layers(file);
            Map<String, LayerInfo> expected = new LinkedHashMap<>();
            expected.put(site.name(), new LayerInfo("Unknown (any)", 1 + bands + 4)); // site, bands, 4 rings
            if (kml == OverlayFormat.KMZ) {
                expected.put("Legend", new LayerInfo("Unknown (any)", 0));
            }
            assertEquals(expected, k, file.getFileName().toString());
            assertAllValid(file, site.name(), "geometry", 1 + bands + 4);
            String all = ogrinfo("-q", "-al", file.toString());
            for (String style : List.of("@site", "@band-0", "@band-1", "@band-2", "@band-3", "@ring")) {
                assertTrue(all.contains("Style = " + style + "\n"), file.getFileName() + " lacks style " + style);
            }
            // "Possibly in range" bands take the translucent ink of @line, not a band colour of their own.
            assertTrue(!all.contains("@band-4"), file.getFileName() + ": a possibly-in-range band shifted the colours");
            assertEquals(bands > 4, all.contains("Style = @line\n"), file.getFileName() + " possibly-in-range style");
            assertTrue(all.contains("Name (String) = 500 km — INF lower limit"), "ring placemark name");
            assertTrue(all.contains("area_km2 (String) = "), "ExtendedData carries the GeoJSON properties");
            String kinds = ogrinfo("-q", "-dialect", "sqlite", "-sql", "SELECT kind, ST_GeometryType(geometry) AS t"
                    + " FROM \"" + site.name() + "\"", file.toString());
            assertEquals(1, count(kinds, "t (String) = POINT"), kinds);
            assertEquals(bands, count(kinds, "t (String) = MULTIPOLYGON") + count(kinds, "t (String) = POLYGON"), kinds);
            assertEquals(4, count(kinds, "t (String) = LINESTRING") + count(kinds, "t (String) = MULTILINESTRING"),
                    kinds);
        }
    }

    /**
     * {@code rings --radials 8 --sector 1000..5500km,150..210} around Petropavlovsk-Kamchatsky (radials
     * and a sector across ±180°): the GeoPackage has layers {@code radials} (8 valid lines) and
     * {@code sectors} (1 valid polygon), the KML holds them in the site's folder, and the single-layer
     * formats hold the sector with the bands.
     */
    @org.junit.jupiter.api.Test
    void radialsAndSectorsLandInTheirLayers() throws Exception {
        ExternalTools.require("ogrinfo");
        Site site = SiteCatalog.builtIn().find("petropavlovsk-kamchatsky").orElseThrow();
        org.rangekit.range.Fan fan = new org.rangekit.range.Fan(org.rangekit.range.Fan.evenBearings("--radials", "8"),
                0, List.of(new org.rangekit.range.Fan.SectorSpec(1000, 5500, 150, 210)));
        for (OverlayFormat format : OverlayFormat.values()) {
            List<GeoJsonWriter.Feature> f = new ArrayList<>(Overlays.features(List.of(site), ThresholdSet.inf(),
                    EarthModel.WGS84, true, 50, format.defaultEdges()));
            f.addAll(org.rangekit.api.GeoJson.fanFeatures(List.of(site), fan, 5500, EarthModel.WGS84, 50));
            Path file = dir.resolve("fan" + format.extensions().get(0));
            try (OutputStream out = Files.newOutputStream(file)) {
                Overlays.write(out, format, f, List.of(site), ThresholdSet.inf(), EarthModel.WGS84, false);
            }
            Map<String, LayerInfo> g = layers(file);
            switch (format) {
                case GPKG -> {
                    assertEquals(new LayerInfo("Multi Line String", 8), g.get("radials"), g.toString());
                    assertEquals(new LayerInfo("Multi Polygon", 1), g.get("sectors"), g.toString());
                    assertAllValid(file, "radials", "geom", 8);
                    assertAllValid(file, "sectors", "geom", 1);
                }
                case KML, KMZ -> assertEquals(1 + 4 + 4 + 8 + 1, g.get(site.name()).count(), g.toString());
                default -> {
                    assertEquals(5, g.values().iterator().next().count(), format + " " + g);
                    assertAllValid(file, g.keySet().iterator().next(), "GEOMETRY", 5);
                }
            }
        }
    }

    /**
     * The union of three sites' discs and its bands ({@code rings --union --bands}), and the 480–500
     * km delta band of one site ({@code compare --vs-range}): valid polygons in every format, the
     * union band holding the North Pole cut at ±180°; and the delta band's area equals the band's
     * exact geodesic area (GeographicLib) within 0.1 %.
     */
    @org.junit.jupiter.api.Test
    void unionAndDeltaAreasAreValidPolygons() throws Exception {
        ExternalTools.require("ogrinfo");
        List<Site> sites = List.of("kapustin-yar", "petropavlovsk-kamchatsky", "deveselu").stream()
                .map(id -> SiteCatalog.builtIn().find(id).orElseThrow()).toList();
        for (OverlayFormat format : OverlayFormat.values()) {
            List<GeoJsonWriter.Feature> f = Overlays.unionAreas(sites, ThresholdSet.inf(), EarthModel.WGS84, true, 50,
                    format.defaultEdges());
            assertEquals(4, f.size());
            Path file = dir.resolve("union" + format.extensions().get(0));
            try (OutputStream out = Files.newOutputStream(file)) {
                Overlays.write(out, format, f, sites, ThresholdSet.inf(), EarthModel.WGS84, false);
            }
            Map<String, LayerInfo> g = layers(file);
            String layer = format == OverlayFormat.KML || format == OverlayFormat.KMZ ? g.keySet().iterator().next()
                    : format == OverlayFormat.GPKG ? "areas" : g.keySet().iterator().next();
            assertEquals(4, g.get(layer).count(), format + " " + g);
            if (format != OverlayFormat.KML && format != OverlayFormat.KMZ) {
                assertAllValid(file, layer, format == OverlayFormat.GPKG ? "geom" : "GEOMETRY", 4);
            }
        }
        // The outermost union band reaches the North Pole and both sides of ±180°.
        org.locationtech.jts.geom.Envelope e = Overlays.unionAreas(sites, ThresholdSet.inf(), EarthModel.WGS84, true,
                50, org.rangekit.geometry.EdgeReading.LONLAT).get(3).geometry().getEnvelopeInternal();
        assertEquals(90, e.getMaxY(), 1e-9);
        assertEquals(-180, e.getMinX(), 1e-9);
        assertEquals(180, e.getMaxX(), 1e-9);

        Site mozdok = SiteCatalog.builtIn().find("mozdok").orElseThrow();
        List<GeoJsonWriter.Feature> delta = Overlays.unionAreas(List.of(mozdok), ThresholdSet.custom(List.of(480.0,
                500.0)), EarthModel.WGS84, true, 10, org.rangekit.geometry.EdgeReading.LONLAT);
        Path gpkg = dir.resolve("delta.gpkg");
        try (OutputStream out = Files.newOutputStream(gpkg)) {
            Overlays.write(out, OverlayFormat.GPKG, delta.subList(1, 2), List.of(mozdok),
                    ThresholdSet.custom(List.of(480.0, 500.0)), EarthModel.WGS84, false);
        }
        assertAllValid(gpkg, "areas", "geom", 1);
        String area = ogrinfo("-q", "-dialect", "sqlite", "-sql",
                "SELECT CAST(ST_Area(geom, 1) AS INTEGER) AS a FROM areas", gpkg.toString());
        double[] ringM2 = new double[2];
        double[] radiiM = {480e3, 500e3};
        for (int k = 0; k < 2; k++) {
            net.sf.geographiclib.PolygonArea pa = new net.sf.geographiclib.PolygonArea(
                    net.sf.geographiclib.Geodesic.WGS84, false);
            for (int a = 0; a < 3600; a++) {
                net.sf.geographiclib.GeodesicData d = net.sf.geographiclib.Geodesic.WGS84.Direct(
                        mozdok.point().latDeg(), mozdok.point().lonDeg(), a / 10.0, radiiM[k]);
                pa.AddPoint(d.lat2, d.lon2);
            }
            ringM2[k] = Math.abs(pa.Compute(false, true).area);
        }
        double expected = ringM2[1] - ringM2[0];
        Matcher am = Pattern.compile("a \\(Integer(?:64)?\\) = (\\d+)").matcher(area);
        assertTrue(am.find(), area);
        assertEquals(expected, Long.parseLong(am.group(1)), expected * 1e-3, area);
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
