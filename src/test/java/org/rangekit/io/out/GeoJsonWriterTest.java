package org.rangekit.io.out;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.Site;

class GeoJsonWriterTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            45.123456789       | 45.1234568
            45.12345675        | 45.1234568
            45.12345665        | 45.1234566
            10.0               | 10
            180                | 180
            -180.0             | -180
            -0.0               | 0
            -0.00000001        | 0
            -0.00000005        | 0
            -0.00000006        | -0.0000001
            1.0E-7             | 0.0000001
            123456789.5        | 123456789.5
            """)
    void numbersHaveAtMostSevenDecimals(double v, String expected) {
        assertEquals(expected, GeoJsonWriter.formatNumber(v));
    }

    @Test
    void writesAFeatureCollectionWithPropertiesInFixedOrder() throws IOException {
        JsonNode root = parse(write(List.of(ring(square(10, 20, 2, false)))));
        assertEquals("FeatureCollection", root.get("type").asText());
        JsonNode f = root.get("features").get(0);
        assertEquals("Feature", f.get("type").asText());
        List<String> names = new ArrayList<>();
        Iterator<String> it = f.get("properties").fieldNames();
        it.forEachRemaining(names::add);
        assertEquals(List.of("name", "kind", "site", "site_name", "lat", "lon", "inner_km", "outer_km", "label",
                "category", "area_km2", "earth"), names);
        assertEquals("500 km — INF lower limit", f.get("properties").get("label").asText());
        assertEquals("12345.679", f.get("properties").get("area_km2").asText());
        assertEquals("MultiPolygon", f.get("geometry").get("type").asText());
        // lon first: the square was built with x = lon in [10, 12], y = lat in [20, 22].
        assertEquals(10, f.get("geometry").get("coordinates").get(0).get(0).get(0).get(0).asDouble());
        assertEquals(20, f.get("geometry").get("coordinates").get(0).get(0).get(0).get(1).asDouble());
        assertEquals("[10,20,12,22]", f.get("bbox").toString());
        assertEquals("[10,20,12,22]", root.get("bbox").toString());
    }

    /** The data credit is an RFC 7946 §6.1 foreign member of the collection, at a fixed place. */
    @Test
    void attributionIsAForeignMemberOfTheCollection() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeoJsonWriter.write(out, List.of(ring(square(10, 20, 2, false))), "Natural Earth; GeoNames");
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\"type\":\"FeatureCollection\",\"bbox\":[10,20,12,22],"
                + "\"attribution\":\"Natural Earth; GeoNames\",\"features\":["), text);
        JsonNode root = parse(out.toByteArray());
        assertEquals("Natural Earth; GeoNames", root.get("attribution").asText());
        assertTrue(root.get("features").get(0).get("properties").get("attribution") == null,
                "on the collection, not repeated per feature");
        assertTrue(parse(write(List.of(ring(square(10, 20, 2, false))))).get("attribution") == null,
                "no credit given, none written");
    }

    @Test
    void sameInputSameBytes() throws IOException {
        List<GeoJsonWriter.Feature> fs = List.of(ring(square(10.123456789, 20.987654321, 2, false)),
                ring(square(-179.5, -10, 1, true)));
        byte[] a = write(fs);
        byte[] b = write(fs);
        assertArrayEquals(a, b);
        String text = new String(a, StandardCharsets.UTF_8);
        assertTrue(text.contains("10.1234568"), text);
        assertTrue(!text.matches("(?s).*\\d\\.\\d{8,}.*"), "no more than 7 decimals anywhere");
        assertEquals(4, text.split("\n").length, "header line, one line per feature, closing line");
    }

    @Test
    void reorientsToTheRightHandRule() throws IOException {
        // Clockwise shell and counter-clockwise hole: both the wrong way round for RFC 7946 §3.1.6.
        LinearRing shell = GF.createLinearRing(new Coordinate[] {c(0, 0), c(0, 10), c(10, 10), c(10, 0), c(0, 0)});
        LinearRing hole = GF.createLinearRing(new Coordinate[] {c(2, 2), c(8, 2), c(8, 8), c(2, 8), c(2, 2)});
        Polygon p = GF.createPolygon(shell, new LinearRing[] {hole});
        // Ring and band features are MultiPolygons (one geometry type per layer): the first part's rings.
        JsonNode coords = parse(write(List.of(ring(p)))).get("features").get(0).get("geometry").get("coordinates")
                .get(0);
        assertTrue(signedArea(coords.get(0)) > 0, "exterior counter-clockwise");
        assertTrue(signedArea(coords.get(1)) < 0, "hole clockwise");
    }

    @Test
    void antimeridianCutFeatureGetsWestGreaterThanEast() throws IOException {
        // A disc centred on 180°, cut into two parts (RFC 7946 §3.1.9): bbox per §5.2.
        Polygon east = box(170, 180, -5, 5);
        Polygon west = box(-180, -172, -4, 6);
        Geometry g = GF.createMultiPolygon(new Polygon[] {east, west});
        JsonNode root = parse(write(List.of(ring(g))));
        assertEquals("[170,-5,-172,6]", root.get("features").get(0).get("bbox").toString());
        assertEquals("[170,-5,-172,6]", root.get("bbox").toString());
    }

    @Test
    void polarDiscSpansAllLongitudes() throws IOException {
        // A disc containing the North Pole, closed along ±180° and the pole line (§5.3).
        Polygon polar = GF.createPolygon(new Coordinate[] {c(-180, 60), c(-90, 55), c(0, 50), c(90, 55), c(180, 60),
            c(180, 90), c(-180, 90), c(-180, 60)});
        JsonNode root = parse(write(List.of(ring(polar))));
        assertEquals("[-180,50,180,90]", root.get("features").get(0).get("bbox").toString());
    }

    @Test
    void separatePartsThatDoNotTouchTheAntimeridianDoNotWrap() {
        assertArrayEquals(new double[] {-170, 170}, GeoJsonWriter.lonExtent(List.of(
                new double[] {-170, -160}, new double[] {160, 170})));
    }

    @Test
    void collectionBboxJoinsCrossingAndPlainFeatures() {
        double[] u = GeoJsonWriter.union(List.of(new double[] {170, -5, -172, 6}, new double[] {10, 40, 20, 50}));
        assertArrayEquals(new double[] {10, -5, -172, 50}, u);
        double[] all = GeoJsonWriter.union(List.of(new double[] {-180, 50, 180, 90}, new double[] {170, -5, -172, 6}));
        assertArrayEquals(new double[] {-180, -5, 180, 90}, all);
    }

    @Test
    void repeatsMadeByRoundingAreDropped() throws IOException {
        Polygon p = GF.createPolygon(new Coordinate[] {c(0, 0), c(1, 0), c(1.00000000001, 0), c(1, 1), c(0, 1),
            c(0, 0)});
        JsonNode ring = parse(write(List.of(ring(p)))).get("features").get(0).get("geometry").get("coordinates").get(0)
                .get(0);
        assertEquals(5, ring.size());
    }

    @Test
    void rejectsPositionsOutsideTheLonLatRange() {
        Polygon p = box(175, 185, 0, 1);
        assertThrows(IllegalArgumentException.class, () -> write(List.of(ring(p))));
    }

    // ---------------------------------------------------------------------------------------

    static GeoJsonWriter.Feature ring(Geometry g) {
        Site site = new Site("test-site", "Test site", new GeoPoint(48.58175, 45.74481), "test", 1);
        return RingFeatures.of(g, site, 0, 500, "500 km — INF lower limit", "shorter-range (INF)", 12345.6789,
                EarthModel.WGS84);
    }

    static byte[] write(List<GeoJsonWriter.Feature> fs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeoJsonWriter.write(out, fs);
        return out.toByteArray();
    }

    static JsonNode parse(byte[] b) throws IOException {
        return JSON.readTree(b);
    }

    static double signedArea(JsonNode ring) {
        double s = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            s += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
                    - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
        }
        return s / 2;
    }

    static Polygon square(double lon, double lat, double size, boolean clockwise) {
        Coordinate[] cs = {c(lon, lat), c(lon + size, lat), c(lon + size, lat + size), c(lon, lat + size), c(lon, lat)};
        if (clockwise) {
            java.util.Collections.reverse(java.util.Arrays.asList(cs));
        }
        return GF.createPolygon(cs);
    }

    static Polygon box(double w, double e, double s, double n) {
        return GF.createPolygon(new Coordinate[] {c(w, s), c(e, s), c(e, n), c(w, n), c(w, s)});
    }

    static Coordinate c(double x, double y) {
        return new Coordinate(x, y);
    }
}
