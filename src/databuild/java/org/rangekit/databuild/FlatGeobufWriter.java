package org.rangekit.databuild;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.rangekit.io.out.FlatGeobufEncoding;
import org.wololo.flatgeobuf.generated.ColumnType;
import org.wololo.flatgeobuf.generated.GeometryType;

/**
 * Writes a MultiPolygon layer as FlatGeobuf (flatgeobuf.org, format version 3) without a spatial
 * index, through the encoding the overlay writer uses too ({@link FlatGeobufEncoding}): columns
 * Int, Long or String, none nullable (a missing value is an error).
 *
 * <p>Output is deterministic for the same input. SRID 4326, x = longitude, y = latitude.
 */
public final class FlatGeobufWriter {

    /** Column types this writer supports. */
    public enum Type { INT, LONG, STRING }

    /** A column definition. */
    public record Column(String name, Type type) {
    }

    private FlatGeobufWriter() {
    }

    /**
     * Writes the layer.
     *
     * @param layerName layer name stored in the header
     * @param columns   column definitions; each feature's properties map must have exactly these keys
     * @param features  features (Polygon or MultiPolygon geometries, written as MultiPolygon)
     */
    public static void write(String layerName, List<Column> columns, List<GeoJsonWriter.Feature> features,
                             OutputStream out) throws IOException {
        GeometryFactory gf = new GeometryFactory(new PrecisionModel(), 4326, PackedCoordinateSequenceFactory.DOUBLE_FACTORY);
        Envelope env = new Envelope();
        for (GeoJsonWriter.Feature f : features) {
            env.expandToInclude(f.geometry().getEnvelopeInternal());
        }
        List<FlatGeobufEncoding.Column> header = new ArrayList<>();
        for (Column c : columns) {
            byte columnType = (byte) switch (c.type()) {
                case INT -> ColumnType.Int;
                case LONG -> ColumnType.Long;
                case STRING -> ColumnType.String;
            };
            header.add(new FlatGeobufEncoding.Column(c.name(), columnType, false));
        }
        FlatGeobufEncoding.writeHeader(out, layerName, (byte) GeometryType.MultiPolygon, env, features.size(), header);
        for (GeoJsonWriter.Feature f : features) {
            // An empty geometry (a unit that collapsed at this scale) is written as no geometry,
            // which the format allows and GDAL reads as a null geometry.
            FlatGeobufEncoding.writeFeature(out, f.geometry().isEmpty() ? null : multiPolygonXY(f.geometry(), gf),
                    (byte) GeometryType.MultiPolygon, columns.isEmpty() ? null : properties(columns, f.properties()));
        }
    }

    /**
     * Copies a Polygon or MultiPolygon into 2-dimensional packed sequences: flatgeobuf-java writes a
     * z ordinate for 3-dimensional sequences (JTS' default), which would add 8 bytes per vertex.
     */
    static MultiPolygon multiPolygonXY(Geometry g, GeometryFactory gf) {
        Polygon[] polys = new Polygon[g.getNumGeometries()];
        for (int i = 0; i < polys.length; i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
            for (int h = 0; h < holes.length; h++) {
                holes[h] = gf.createLinearRing(xy(p.getInteriorRingN(h).getCoordinateSequence()));
            }
            polys[i] = gf.createPolygon(gf.createLinearRing(xy(p.getExteriorRing().getCoordinateSequence())), holes);
        }
        return gf.createMultiPolygon(polys);
    }

    private static CoordinateSequence xy(CoordinateSequence in) {
        double[] xy = new double[in.size() * 2];
        for (int i = 0; i < in.size(); i++) {
            xy[2 * i] = in.getX(i);
            xy[2 * i + 1] = in.getY(i);
        }
        return new PackedCoordinateSequence.Double(xy, 2, 0);
    }

    private static byte[] properties(List<Column> columns, Map<String, Object> values) {
        FlatGeobufEncoding.Properties p = new FlatGeobufEncoding.Properties();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            Object v = values.get(c.name());
            if (v == null) {
                throw new IllegalArgumentException("feature lacks property '" + c.name() + "': " + values);
            }
            switch (c.type()) {
                case INT -> p.putInt(i, ((Number) v).intValue());
                case LONG -> p.putLong(i, ((Number) v).longValue());
                case STRING -> p.putString(i, v.toString());
            }
        }
        return p.toByteArray();
    }
}
