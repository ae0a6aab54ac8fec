package org.rangekit.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Reads the GeoJSON rangekit writes back into JTS, read flat in lon/lat as RFC 7946 readers do. */
final class GeoJsonTestReader {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonTestReader() {
    }

    static JsonNode tree(byte[] bytes) throws IOException {
        return JSON.readTree(bytes);
    }

    static Geometry geometry(JsonNode geometry) {
        String type = geometry.get("type").asText();
        JsonNode c = geometry.get("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> {
                List<Polygon> ps = new ArrayList<>();
                c.forEach(p -> ps.add(polygon(p)));
                yield GF.createMultiPolygon(ps.toArray(new Polygon[0]));
            }
            default -> throw new AssertionError("unexpected geometry type " + type);
        };
    }

    static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GF.createPolygon(shell, holes);
    }

    static LinearRing ring(JsonNode positions) {
        Coordinate[] cs = new Coordinate[positions.size()];
        for (int i = 0; i < cs.length; i++) {
            JsonNode p = positions.get(i);
            if (p.size() != 2) {
                throw new AssertionError("positions are [lon, lat], got " + p);
            }
            cs[i] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
        }
        return GF.createLinearRing(cs);
    }

    /** Every position of a geometry node. */
    static List<double[]> positions(JsonNode geometry) {
        List<double[]> out = new ArrayList<>();
        collect(geometry.get("coordinates"), out);
        return out;
    }

    private static void collect(JsonNode n, List<double[]> out) {
        if (n.isArray() && n.size() > 0 && n.get(0).isNumber()) {
            out.add(new double[] {n.get(0).asDouble(), n.get(1).asDouble()});
        } else {
            n.forEach(child -> collect(child, out));
        }
    }

    static Geometry point(double lonDeg, double latDeg) {
        return GF.createPoint(new Coordinate(lonDeg, latDeg));
    }
}
