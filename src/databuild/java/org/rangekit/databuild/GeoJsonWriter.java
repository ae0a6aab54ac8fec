package org.rangekit.databuild;

import org.rangekit.geometry.AntimeridianRepair;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a GeoJSON FeatureCollection (RFC 7946) byte-for-byte deterministically: one feature per
 * line, properties in the given order, coordinates with at most {@value AntimeridianRepair#GRID_DECIMALS}
 * decimals and no trailing zeros.
 *
 * <p>Coordinates are expected on the repair grid; they are rounded to it again here, which is exact
 * for values already on it.
 */
public final class GeoJsonWriter {

    private static final double GRID_SCALE = Math.pow(10, AntimeridianRepair.GRID_DECIMALS);

    /** One feature: ordered properties (String, Integer or Long values) and a geometry. */
    public record Feature(Map<String, Object> properties, Geometry geometry) {
    }

    private GeoJsonWriter() {
    }

    /** Writes the collection to {@code out} (UTF-8 writer expected). */
    public static void write(List<Feature> features, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < features.size(); i++) {
            Feature f = features.get(i);
            sb.append("{\"type\":\"Feature\",\"properties\":{");
            boolean first = true;
            for (Map.Entry<String, Object> e : f.properties().entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                string(sb, e.getKey());
                sb.append(':');
                Object v = e.getValue();
                if (v == null) {
                    sb.append("null");
                } else if (v instanceof Integer || v instanceof Long) {
                    sb.append(v);
                } else {
                    string(sb, v.toString());
                }
            }
            sb.append("},\"geometry\":");
            geometry(sb, f.geometry());
            sb.append(i + 1 < features.size() ? "},\n" : "}\n");
            if (sb.length() > (1 << 20)) {
                out.write(sb.toString());
                sb.setLength(0);
            }
        }
        sb.append("]}\n");
        out.write(sb.toString());
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"').append(JsonStringEncoder.getInstance().quoteAsString(s)).append('"');
    }

    static void geometry(StringBuilder sb, Geometry g) {
        if (g.isEmpty()) {
            // RFC 7946 §3.2: an unlocated feature has a null geometry (a unit collapsed at this scale).
            sb.append("null");
            return;
        }
        if (g instanceof Polygon p) {
            sb.append("{\"type\":\"Polygon\",\"coordinates\":");
            polygon(sb, p);
        } else if (g instanceof MultiPolygon mp) {
            sb.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                polygon(sb, (Polygon) mp.getGeometryN(i));
            }
            sb.append(']');
        } else if (g instanceof LineString l) {
            sb.append("{\"type\":\"LineString\",\"coordinates\":");
            coords(sb, l.getCoordinates());
        } else if (g instanceof MultiLineString ml) {
            sb.append("{\"type\":\"MultiLineString\",\"coordinates\":[");
            for (int i = 0; i < ml.getNumGeometries(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                coords(sb, ml.getGeometryN(i).getCoordinates());
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("unsupported geometry type " + g.getGeometryType());
        }
        sb.append('}');
    }

    private static void polygon(StringBuilder sb, Polygon p) {
        sb.append('[');
        coords(sb, p.getExteriorRing().getCoordinates());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            sb.append(',');
            coords(sb, p.getInteriorRingN(i).getCoordinates());
        }
        sb.append(']');
    }

    private static void coords(StringBuilder sb, Coordinate[] cs) {
        sb.append('[');
        for (int i = 0; i < cs.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('[');
            number(sb, cs[i].x);
            sb.append(',');
            number(sb, cs[i].y);
            sb.append(']');
        }
        sb.append(']');
    }

    /** Formats a degree value on the grid: shortest decimal, at most GRID_DECIMALS places. */
    static void number(StringBuilder sb, double v) {
        long units = Math.round(v * GRID_SCALE);
        sb.append(BigDecimal.valueOf(units, AntimeridianRepair.GRID_DECIMALS).stripTrailingZeros().toPlainString());
    }
}
