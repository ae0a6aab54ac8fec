package org.rangekit.io.in.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.rangekit.databuild.FlatGeobufWriter;
import org.rangekit.databuild.GeoJsonWriter;

/** The writers the build uses and the readers the loader uses agree, and write deterministically. */
class FlatGeobufRoundTripTest {

    private static final GeometryFactory GF = new GeometryFactory();

    static List<GeoJsonWriter.Feature> features() throws ParseException {
        WKTReader wkt = new WKTReader(GF);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("iso_n3", 643);
        a.put("name", "Россия \"quoted\"");
        a.put("pop_est", 144_373_535L);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("iso_n3", -99);
        b.put("name", "Empty");
        b.put("pop_est", 0L);
        return List.of(
                new GeoJsonWriter.Feature(a, wkt.read("MULTIPOLYGON (((170 60, 180 62, 180 70, 170 70, 170 60)),"
                        + " ((-180 62, -170 64.123456, -170 70, -180 70, -180 62)))")),
                new GeoJsonWriter.Feature(b, GF.createMultiPolygon()));
    }

    static final List<FlatGeobufWriter.Column> COLUMNS = List.of(
            new FlatGeobufWriter.Column("iso_n3", FlatGeobufWriter.Type.INT),
            new FlatGeobufWriter.Column("name", FlatGeobufWriter.Type.STRING),
            new FlatGeobufWriter.Column("pop_est", FlatGeobufWriter.Type.LONG));

    @Test
    void flatGeobufRoundTripsGeometryPropertiesAndEmptyGeometry() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FlatGeobufWriter.write("t", COLUMNS, features(), out);
        List<GeoJsonFeatureReader.Feature> back = FlatGeobufFeatureReader.read(out.toByteArray(), GF);
        assertEquals(2, back.size());
        assertTrue(back.get(0).geometry().equalsExact(features().get(0).geometry()));
        assertEquals(643L, back.get(0).properties().get("iso_n3"));
        assertEquals("Россия \"quoted\"", back.get(0).properties().get("name"));
        assertEquals(144_373_535L, back.get(0).properties().get("pop_est"));
        assertTrue(back.get(1).geometry().isEmpty());
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        FlatGeobufWriter.write("t", COLUMNS, features(), again);
        assertEquals(java.util.Arrays.toString(out.toByteArray()), java.util.Arrays.toString(again.toByteArray()));
    }

    @Test
    void geoJsonRoundTripsAndFormatsNumbersOnTheGrid() throws Exception {
        StringWriter w = new StringWriter();
        GeoJsonWriter.write(features(), w);
        String json = w.toString();
        assertTrue(json.contains("[-170,64.123456]"), json);
        assertTrue(json.contains("\"geometry\":null"), json);
        List<GeoJsonFeatureReader.Feature> back =
                new GeoJsonFeatureReader(GF).read(new java.io.ByteArrayInputStream(json.getBytes("UTF-8")));
        Geometry g = back.get(0).geometry();
        assertTrue(g.equalsExact(features().get(0).geometry()), g.toString());
        assertEquals("Россия \"quoted\"", back.get(0).properties().get("name"));
        assertTrue(back.get(1).geometry().isEmpty());
    }

    /**
     * The writer's bytes against the expected text (property order as given, numbers on the
     * grid, one feature per line), rather than two calls in one JVM, which agree whatever varies
     * between runs.
     */
    @Test
    void geoJsonWriterWritesTheExpectedBytes() throws IOException, ParseException {
        StringWriter w = new StringWriter();
        GeoJsonWriter.write(features(), w);
        assertEquals("{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"properties\":{\"iso_n3\":643,\"name\":\"Россия \\\"quoted\\\"\",\"pop_est\":144373535},"
                + "\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[[[170,60],[180,62],[180,70],[170,70],[170,60]]],"
                + "[[[-180,62],[-170,64.123456],[-170,70],[-180,70],[-180,62]]]]}},\n"
                + "{\"type\":\"Feature\",\"properties\":{\"iso_n3\":-99,\"name\":\"Empty\",\"pop_est\":0},\"geometry\":null}\n"
                + "]}\n", w.toString());
    }
}
