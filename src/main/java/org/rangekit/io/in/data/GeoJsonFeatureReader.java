package org.rangekit.io.in.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Streams a GeoJSON FeatureCollection (RFC 7946) into JTS geometries with Jackson's token parser:
 * no intermediate tree, so the 50m layers load in tens of milliseconds once warm.
 *
 * <p>Supports Polygon, MultiPolygon, LineString, MultiLineString, Point and null geometries, and
 * scalar properties (strings, integers, floating-point numbers, booleans, null). Nested property
 * values are skipped. A null geometry becomes an empty MultiPolygon.
 */
final class GeoJsonFeatureReader {

    /** One feature read. */
    record Feature(Map<String, Object> properties, Geometry geometry) {
    }

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();

    private final GeometryFactory factory;

    GeoJsonFeatureReader(GeometryFactory factory) {
        this.factory = factory;
    }

    List<Feature> read(InputStream in) throws IOException {
        List<Feature> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(in)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, p);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if ("features".equals(field)) {
                    expect(p.currentToken(), JsonToken.START_ARRAY, p);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        out.add(feature(p));
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return out;
    }

    private Feature feature(JsonParser p) throws IOException {
        Map<String, Object> props = new LinkedHashMap<>();
        Geometry geometry = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if ("properties".equals(field) && t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    props.put(key, scalar(p, p.nextToken()));
                }
            } else if ("geometry".equals(field)) {
                geometry = t == JsonToken.VALUE_NULL ? null : geometry(p);
            } else {
                p.skipChildren();
            }
        }
        if (geometry == null) {
            geometry = factory.createMultiPolygon();
        }
        return new Feature(props, geometry);
    }

    private static Object scalar(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> {
                p.skipChildren();
                yield null;
            }
        };
    }

    private Geometry geometry(JsonParser p) throws IOException {
        String type = null;
        Geometry g = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if ("type".equals(field)) {
                type = p.getText();
            } else if ("coordinates".equals(field) && t == JsonToken.START_ARRAY) {
                if (type == null) {
                    throw new IOException("GeoJSON geometry with coordinates before type near " + p.currentLocation()
                            + " (this reader streams; the embedded files put type first)");
                }
                g = coordinates(type, p);
            } else {
                p.skipChildren();
            }
        }
        if (g == null) {
            throw new IOException("GeoJSON geometry without type or coordinates near " + p.currentLocation());
        }
        return g;
    }

    /** Builds the geometry of the given type; the parser is on the START_ARRAY of "coordinates". */
    private Geometry coordinates(String type, JsonParser p) throws IOException {
        return switch (type) {
            case "Point" -> factory.createPoint(position(p));
            case "LineString" -> factory.createLineString(positions(p));
            case "MultiLineString" -> {
                List<LineString> lines = new ArrayList<>();
                while (p.nextToken() == JsonToken.START_ARRAY) {
                    lines.add(factory.createLineString(positions(p)));
                }
                yield factory.createMultiLineString(lines.toArray(new LineString[0]));
            }
            case "Polygon" -> polygon(p);
            case "MultiPolygon" -> {
                List<Polygon> polys = new ArrayList<>();
                while (p.nextToken() == JsonToken.START_ARRAY) {
                    polys.add(polygon(p));
                }
                yield factory.createMultiPolygon(polys.toArray(new Polygon[0]));
            }
            default -> throw new IOException("unsupported GeoJSON geometry type '" + type + "'");
        };
    }

    /** Parser on the polygon's START_ARRAY; leaves it on the matching END_ARRAY. */
    private Polygon polygon(JsonParser p) throws IOException {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_ARRAY) {
            LinearRing ring = factory.createLinearRing(positions(p));
            if (shell == null) {
                shell = ring;
            } else {
                holes.add(ring);
            }
        }
        return factory.createPolygon(shell, holes.toArray(new LinearRing[0]));
    }

    /** Parser on the START_ARRAY of a list of positions; leaves it on the matching END_ARRAY. */
    private static Coordinate[] positions(JsonParser p) throws IOException {
        List<Coordinate> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_ARRAY) {
            out.add(position(p));
        }
        return out.toArray(new Coordinate[0]);
    }

    /** Parser on a position's START_ARRAY; leaves it on its END_ARRAY. Altitude is ignored. */
    private static Coordinate position(JsonParser p) throws IOException {
        p.nextToken();
        double x = p.getDoubleValue();
        p.nextToken();
        double y = p.getDoubleValue();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            // skip altitude and any further ordinates
        }
        return new Coordinate(x, y);
    }

    private static void expect(JsonToken actual, JsonToken expected, JsonParser p) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual + " at " + p.currentLocation());
        }
    }
}
