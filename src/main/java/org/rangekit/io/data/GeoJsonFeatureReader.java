package org.rangekit.io.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

    private static final JsonFactory JSON = new JsonFactory();

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
        Object coords = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if ("type".equals(field)) {
                type = p.getText();
            } else if ("coordinates".equals(field) && t == JsonToken.START_ARRAY) {
                coords = nested(p);
            } else {
                p.skipChildren();
            }
        }
        if (type == null || coords == null) {
            throw new IOException("GeoJSON geometry without type or coordinates near " + p.currentLocation());
        }
        return build(type, coords);
    }

    /** Reads nested arrays: a position becomes double[], anything deeper a List. Parser is on START_ARRAY. */
    private static Object nested(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
            double x = p.getDoubleValue();
            p.nextToken();
            double y = p.getDoubleValue();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                // Altitude, if any, is ignored.
            }
            return new double[] {x, y};
        }
        List<Object> list = new ArrayList<>();
        while (t == JsonToken.START_ARRAY) {
            list.add(nested(p));
            t = p.nextToken();
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private Geometry build(String type, Object c) throws IOException {
        return switch (type) {
            case "Point" -> factory.createPoint(coord((double[]) c));
            case "LineString" -> line((List<Object>) c);
            case "MultiLineString" -> {
                List<Object> lines = (List<Object>) c;
                LineString[] ls = new LineString[lines.size()];
                for (int i = 0; i < ls.length; i++) {
                    ls[i] = line((List<Object>) lines.get(i));
                }
                yield factory.createMultiLineString(ls);
            }
            case "Polygon" -> polygon((List<Object>) c);
            case "MultiPolygon" -> {
                List<Object> polys = (List<Object>) c;
                Polygon[] ps = new Polygon[polys.size()];
                for (int i = 0; i < ps.length; i++) {
                    ps[i] = polygon((List<Object>) polys.get(i));
                }
                yield factory.createMultiPolygon(ps);
            }
            default -> throw new IOException("unsupported GeoJSON geometry type '" + type + "'");
        };
    }

    @SuppressWarnings("unchecked")
    private Polygon polygon(List<Object> rings) {
        LinearRing shell = factory.createLinearRing(coords((List<Object>) rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = factory.createLinearRing(coords((List<Object>) rings.get(i)));
        }
        return factory.createPolygon(shell, holes);
    }

    private LineString line(List<Object> pts) {
        return factory.createLineString(coords(pts));
    }

    private static Coordinate[] coords(List<Object> pts) {
        Coordinate[] cs = new Coordinate[pts.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = coord((double[]) pts.get(i));
        }
        return cs;
    }

    private static Coordinate coord(double[] xy) {
        return new Coordinate(xy[0], xy[1]);
    }

    private static void expect(JsonToken actual, JsonToken expected, JsonParser p) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual + " at " + p.currentLocation());
        }
    }
}
