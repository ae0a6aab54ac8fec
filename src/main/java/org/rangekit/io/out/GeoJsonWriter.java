package org.rangekit.io.out;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes features as an RFC 7946 GeoJSON FeatureCollection, byte-for-byte deterministic.
 *
 * <h2>Rules applied</h2>
 * <ul>
 * <li>Positions are {@code [longitude, latitude]} (RFC 7946 §3.1.1) in the geometry's x/y order,
 *     rounded half-even to at most {@value #DECIMALS} decimals (about 1 cm) with trailing zeros
 *     stripped (§11.2 recommends not more than needed); consecutive positions that become equal by
 *     rounding are written once.</li>
 * <li>Polygon rings follow the right-hand rule (§3.1.6): exterior rings counter-clockwise, holes
 *     clockwise, read flat in lon/lat. The geometry engine already produces them so; the writer
 *     checks the signed area of each ring after rounding and reverses a ring that disagrees.</li>
 * <li>Each feature and the collection carry a {@code bbox} (§5): {@code [west, south, east, north]}.
 *     A geometry that was cut at the antimeridian (§3.1.9), i.e. has parts touching both +180 and
 *     −180, gets the smallest longitude span across ±180 and so {@code west > east} (§5.2); a
 *     geometry that spans all longitudes, such as a disc containing a pole closed along the pole
 *     line, gets {@code [-180, minLat, 180, maxLat]} (§5.3).</li>
 * <li>Property values are written in the order the feature gives them. Doubles get at most
 *     {@value #DECIMALS} decimals like positions; {@link BigDecimal} values are written as they
 *     are.</li>
 * <li>The data credit, when given, is a foreign member of the FeatureCollection (§6.1):
 *     {@code "attribution": "Natural Earth; GeoNames"}, written after {@code bbox} and before
 *     {@code features}. GDAL ignores it (checked with {@code ogrinfo -al -so}).</li>
 * <li>One feature per line, so that outputs diff well.</li>
 * </ul>
 * The writer does not cut geometries at the antimeridian or clamp latitudes itself: it expects
 * coordinates within [−180, 180] × [−90, 90] and rejects anything else.
 *
 * <p>Thread-safe: stateless.
 */
public final class GeoJsonWriter {

    /** Decimals kept in positions: 1e-7° is about 1.1 cm at the equator. */
    public static final int DECIMALS = 7;

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private GeoJsonWriter() {
    }

    /**
     * A GeoJSON feature: a geometry in lon/lat (x = longitude, y = latitude, degrees) and
     * properties in the order they are to be written.
     */
    public record Feature(Geometry geometry, Map<String, Object> properties) {
        public Feature {
            if (geometry == null || geometry.isEmpty()) {
                throw new IllegalArgumentException("a feature needs a non-empty geometry");
            }
            properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        }
    }

    /** Writes a FeatureCollection of {@code features} to {@code out} (UTF-8), leaving it open. */
    public static void write(OutputStream out, List<Feature> features) throws IOException {
        write(out, features, null);
    }

    /**
     * Writes a FeatureCollection of {@code features} to {@code out} (UTF-8), leaving it open, with
     * the data credit as the collection's {@code attribution} foreign member.
     *
     * @param attribution the credit for the data the features come from, e.g. {@code "Natural
     *     Earth; GeoNames"}; {@code null} for none
     */
    public static void write(OutputStream out, List<Feature> features, String attribution) throws IOException {
        List<Geometry> prepared = new ArrayList<>(features.size());
        List<double[]> boxes = new ArrayList<>(features.size());
        for (Feature f : features) {
            Geometry g = prepare(f.geometry());
            prepared.add(g);
            boxes.add(bbox(g));
        }
        try (JsonGenerator gen = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            gen.setPrettyPrinter(new FeaturePerLine());
            gen.writeStartObject();
            gen.writeStringField("type", "FeatureCollection");
            if (!boxes.isEmpty()) {
                writeBbox(gen, union(boxes));
            }
            if (attribution != null) {
                gen.writeStringField("attribution", attribution);
            }
            gen.writeArrayFieldStart("features");
            for (int i = 0; i < features.size(); i++) {
                gen.writeStartObject();
                gen.writeStringField("type", "Feature");
                writeBbox(gen, boxes.get(i));
                gen.writeObjectFieldStart("properties");
                for (Map.Entry<String, Object> e : features.get(i).properties().entrySet()) {
                    gen.writeFieldName(e.getKey());
                    writeValue(gen, e.getKey(), e.getValue());
                }
                gen.writeEndObject();
                gen.writeFieldName("geometry");
                writeGeometry(gen, prepared.get(i));
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeRaw('\n');
        }
        out.flush();
    }

    /**
     * A number with at most {@value #DECIMALS} decimals, half-even, no trailing zeros, no
     * exponent, no negative zero: {@code 45.74481}, {@code 180}, {@code -0.0000001}.
     */
    public static String formatNumber(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("GeoJSON numbers must be finite, got " + v);
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(DECIMALS, RoundingMode.HALF_EVEN);
        if (d.signum() == 0) {
            return "0";
        }
        d = d.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    static double round(double v) {
        return Double.parseDouble(formatNumber(v));
    }

    // ---------------------------------------------------------------------------------------
    // Geometry preparation: rounding, duplicate removal, orientation.

    /** Rounds positions, drops repeats made by rounding, and orients polygon rings (RFC 7946 §3.1.6). */
    static Geometry prepare(Geometry g) {
        Geometry copy = g.copy();
        List<Polygon> polys = new ArrayList<>();
        if (copy instanceof Polygon || copy instanceof MultiPolygon) {
            for (int i = 0; i < copy.getNumGeometries(); i++) {
                polys.add((Polygon) copy.getGeometryN(i));
            }
        }
        if (polys.isEmpty()) {
            copy.apply((org.locationtech.jts.geom.CoordinateFilter) GeoJsonWriter::roundAndCheck);
            copy.geometryChanged();
            return copy;
        }
        Polygon[] out = new Polygon[polys.size()];
        for (int i = 0; i < polys.size(); i++) {
            Polygon p = polys.get(i);
            Coordinate[] shell = ring(p.getExteriorRing().getCoordinates(), true);
            if (shell == null) {
                throw new IllegalArgumentException("polygon exterior ring collapses at " + DECIMALS + " decimals");
            }
            List<Coordinate[]> holes = new ArrayList<>();
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                Coordinate[] hole = ring(p.getInteriorRingN(h).getCoordinates(), false);
                if (hole != null) {
                    holes.add(hole);
                }
            }
            var f = g.getFactory();
            out[i] = f.createPolygon(f.createLinearRing(shell),
                    holes.stream().map(f::createLinearRing).toArray(org.locationtech.jts.geom.LinearRing[]::new));
        }
        return copy instanceof Polygon ? out[0] : g.getFactory().createMultiPolygon(out);
    }

    /** Rounded ring without repeated positions, oriented CCW (exterior) or CW (hole); null if it collapses. */
    private static Coordinate[] ring(Coordinate[] in, boolean exterior) {
        List<Coordinate> pts = new ArrayList<>(in.length);
        for (Coordinate c : in) {
            Coordinate r = new Coordinate(c.x, c.y);
            roundAndCheck(r);
            if (pts.isEmpty() || !pts.get(pts.size() - 1).equals2D(r)) {
                pts.add(r);
            }
        }
        if (!pts.get(0).equals2D(pts.get(pts.size() - 1))) {
            pts.add(new Coordinate(pts.get(0)));
        }
        if (pts.size() < 4) {
            return null;
        }
        double area2 = signedArea2(pts);
        if (area2 == 0) {
            return null;
        }
        if ((area2 > 0) != exterior) {
            Collections.reverse(pts);
        }
        return pts.toArray(new Coordinate[0]);
    }

    /** Twice the signed area of a closed ring in the lon/lat plane (shoelace); positive when counter-clockwise. */
    static double signedArea2(List<Coordinate> pts) {
        double s = 0;
        double x0 = pts.get(0).x;
        double y0 = pts.get(0).y;
        for (int i = 0; i + 1 < pts.size(); i++) {
            // Relative to the first vertex, to keep the products small and the sum accurate.
            double x1 = pts.get(i).x - x0;
            double y1 = pts.get(i).y - y0;
            double x2 = pts.get(i + 1).x - x0;
            double y2 = pts.get(i + 1).y - y0;
            s += x1 * y2 - x2 * y1;
        }
        return s;
    }

    private static void roundAndCheck(Coordinate c) {
        if (!(c.x >= -180 && c.x <= 180 && c.y >= -90 && c.y <= 90)) {
            throw new IllegalArgumentException("position outside [-180, 180] x [-90, 90]: (" + c.x + ", " + c.y
                    + "); geometries must be cut at the antimeridian before writing");
        }
        c.x = round(c.x);
        c.y = round(c.y);
        c.setZ(Coordinate.NULL_ORDINATE);
    }

    // ---------------------------------------------------------------------------------------
    // Bounding boxes (RFC 7946 §5).

    /** {@code [west, south, east, north]} of a prepared geometry, with the antimeridian rules above. */
    static double[] bbox(Geometry g) {
        List<double[]> lonSpans = new ArrayList<>();
        double south = Double.POSITIVE_INFINITY;
        double north = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            var env = g.getGeometryN(i).getEnvelopeInternal();
            lonSpans.add(new double[] {env.getMinX(), env.getMaxX()});
            south = Math.min(south, env.getMinY());
            north = Math.max(north, env.getMaxY());
        }
        double[] lon = lonExtent(lonSpans);
        return new double[] {lon[0], south, lon[1], north};
    }

    /** Union of feature boxes, each possibly crossing the antimeridian. */
    static double[] union(List<double[]> boxes) {
        List<double[]> spans = new ArrayList<>();
        double south = Double.POSITIVE_INFINITY;
        double north = Double.NEGATIVE_INFINITY;
        for (double[] b : boxes) {
            if (b[0] <= b[2]) {
                spans.add(new double[] {b[0], b[2]});
            } else {
                spans.add(new double[] {b[0], 180});
                spans.add(new double[] {-180, b[2]});
            }
            south = Math.min(south, b[1]);
            north = Math.max(north, b[3]);
        }
        double[] lon = lonExtent(spans);
        return new double[] {lon[0], south, lon[1], north};
    }

    /**
     * West and east of a set of longitude spans in [−180, 180]. Only when the spans touch both
     * +180 and −180 (the geometry was cut there) may the result cross the antimeridian; it then
     * leaves out the widest gap between the spans.
     */
    static double[] lonExtent(List<double[]> spans) {
        List<double[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.<double[]>comparingDouble(s -> s[0]).thenComparingDouble(s -> s[1]));
        List<double[]> merged = new ArrayList<>();
        for (double[] s : sorted) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new double[] {s[0], s[1]});
            }
        }
        double west = merged.get(0)[0];
        double east = merged.get(merged.size() - 1)[1];
        if (west > -180 || east < 180 || merged.size() == 1) {
            return new double[] {west, east};
        }
        int widest = 0;
        double widestGap = -1;
        for (int i = 0; i + 1 < merged.size(); i++) {
            double gap = merged.get(i + 1)[0] - merged.get(i)[1];
            if (gap > widestGap) {
                widestGap = gap;
                widest = i;
            }
        }
        return new double[] {merged.get(widest + 1)[0], merged.get(widest)[1]};
    }

    // ---------------------------------------------------------------------------------------
    // JSON output.

    private static void writeBbox(JsonGenerator gen, double[] b) throws IOException {
        gen.writeArrayFieldStart("bbox");
        for (double v : b) {
            gen.writeNumber(formatNumber(v));
        }
        gen.writeEndArray();
    }

    private static void writeValue(JsonGenerator gen, String key, Object v) throws IOException {
        if (v == null) {
            gen.writeNull();
        } else if (v instanceof String s) {
            gen.writeString(s);
        } else if (v instanceof Boolean b) {
            gen.writeBoolean(b);
        } else if (v instanceof BigDecimal d) {
            gen.writeNumber(d.toPlainString());
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            gen.writeNumber(((Number) v).longValue());
        } else if (v instanceof Number n) {
            gen.writeNumber(formatNumber(n.doubleValue()));
        } else {
            throw new IllegalArgumentException("property " + key + " has unsupported type " + v.getClass().getName());
        }
    }

    private static void writeGeometry(JsonGenerator gen, Geometry g) throws IOException {
        gen.writeStartObject();
        if (g instanceof Point p) {
            gen.writeStringField("type", "Point");
            gen.writeFieldName("coordinates");
            writePosition(gen, p.getCoordinate());
        } else if (g instanceof LineString l) {
            gen.writeStringField("type", "LineString");
            gen.writeFieldName("coordinates");
            writePositions(gen, l.getCoordinates());
        } else if (g instanceof Polygon p) {
            gen.writeStringField("type", "Polygon");
            gen.writeFieldName("coordinates");
            writePolygon(gen, p);
        } else if (g instanceof MultiPoint mp) {
            gen.writeStringField("type", "MultiPoint");
            gen.writeFieldName("coordinates");
            writePositions(gen, mp.getCoordinates());
        } else if (g instanceof MultiLineString ml) {
            gen.writeStringField("type", "MultiLineString");
            gen.writeArrayFieldStart("coordinates");
            for (int i = 0; i < ml.getNumGeometries(); i++) {
                writePositions(gen, ml.getGeometryN(i).getCoordinates());
            }
            gen.writeEndArray();
        } else if (g instanceof MultiPolygon mp) {
            gen.writeStringField("type", "MultiPolygon");
            gen.writeArrayFieldStart("coordinates");
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                writePolygon(gen, (Polygon) mp.getGeometryN(i));
            }
            gen.writeEndArray();
        } else {
            throw new IllegalArgumentException("unsupported geometry type " + g.getGeometryType());
        }
        gen.writeEndObject();
    }

    private static void writePolygon(JsonGenerator gen, Polygon p) throws IOException {
        gen.writeStartArray();
        writePositions(gen, p.getExteriorRing().getCoordinates());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            writePositions(gen, p.getInteriorRingN(i).getCoordinates());
        }
        gen.writeEndArray();
    }

    private static void writePositions(JsonGenerator gen, Coordinate[] cs) throws IOException {
        gen.writeStartArray();
        for (Coordinate c : cs) {
            writePosition(gen, c);
        }
        gen.writeEndArray();
    }

    private static void writePosition(JsonGenerator gen, Coordinate c) throws IOException {
        gen.writeStartArray();
        gen.writeNumber(formatNumber(c.x));
        gen.writeNumber(formatNumber(c.y));
        gen.writeEndArray();
    }

    /** Compact JSON, except that each element of the top-level {@code features} array starts a line. */
    private static final class FeaturePerLine extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        private static boolean inFeatures(JsonGenerator g) {
            JsonStreamContext ctx = g.getOutputContext();
            return ctx.inArray() && ctx.getParent() != null && ctx.getParent().inObject()
                    && "features".equals(ctx.getParent().getCurrentName())
                    && ctx.getParent().getParent() != null && ctx.getParent().getParent().inRoot();
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (inFeatures(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            super.writeArrayValueSeparator(g);
            if (inFeatures(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (inFeatures(g) && nrOfValues > 0) {
                g.writeRaw('\n');
            }
            super.writeEndArray(g, nrOfValues);
        }
    }
}
