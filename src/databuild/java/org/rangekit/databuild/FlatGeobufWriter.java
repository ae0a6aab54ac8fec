package org.rangekit.databuild;

import com.google.flatbuffers.FlatBufferBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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
import org.wololo.flatgeobuf.ColumnMeta;
import org.wololo.flatgeobuf.Constants;
import org.wololo.flatgeobuf.GeometryConversions;
import org.wololo.flatgeobuf.HeaderMeta;
import org.wololo.flatgeobuf.generated.ColumnType;
import org.wololo.flatgeobuf.generated.Feature;
import org.wololo.flatgeobuf.generated.GeometryType;

/**
 * Writes a MultiPolygon layer as FlatGeobuf (flatgeobuf.org, format version 3) without a spatial
 * index: magic bytes, size-prefixed header, then size-prefixed features. Property values are
 * encoded as the specification says: a little-endian uint16 column index followed by an int32
 * (Int), int64 (Long) or uint32 length and UTF-8 bytes (String).
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
        HeaderMeta header = new HeaderMeta();
        header.name = layerName;
        header.geometryType = (byte) GeometryType.MultiPolygon;
        header.srid = 4326;
        header.envelope = env;
        header.featuresCount = features.size();
        header.indexNodeSize = 0;
        header.columns = new ArrayList<>();
        for (Column c : columns) {
            ColumnMeta cm = new ColumnMeta();
            cm.name = c.name();
            cm.type = (byte) switch (c.type()) {
                case INT -> ColumnType.Int;
                case LONG -> ColumnType.Long;
                case STRING -> ColumnType.String;
            };
            cm.nullable = false;
            header.columns.add(cm);
        }
        out.write(Constants.MAGIC_BYTES);
        HeaderMeta.write(header, out, new FlatBufferBuilder(1024));
        for (GeoJsonWriter.Feature f : features) {
            FlatBufferBuilder b = new FlatBufferBuilder(1 << 14);
            // An empty geometry (a unit that collapsed at this scale) is written as no geometry,
            // which the format allows and GDAL reads as a null geometry.
            int geometryOffset = f.geometry().isEmpty() ? 0
                    : GeometryConversions.serialize(b, multiPolygonXY(f.geometry(), gf), (byte) GeometryType.MultiPolygon);
            int propertiesOffset = 0;
            if (!columns.isEmpty()) {
                propertiesOffset = Feature.createPropertiesVector(b, properties(columns, f.properties()));
            }
            int featureOffset = Feature.createFeature(b, geometryOffset, propertiesOffset, 0);
            b.finishSizePrefixed(featureOffset);
            ByteBuffer data = b.dataBuffer();
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            out.write(bytes);
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteBuffer buf = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            Object v = values.get(c.name());
            if (v == null) {
                throw new IllegalArgumentException("feature lacks property '" + c.name() + "': " + values);
            }
            buf.clear();
            buf.putShort((short) i);
            bytes.write(buf.array(), 0, 2);
            buf.clear();
            switch (c.type()) {
                case INT -> {
                    buf.putInt(((Number) v).intValue());
                    bytes.write(buf.array(), 0, 4);
                }
                case LONG -> {
                    buf.putLong(((Number) v).longValue());
                    bytes.write(buf.array(), 0, 8);
                }
                case STRING -> {
                    byte[] s = v.toString().getBytes(StandardCharsets.UTF_8);
                    buf.putInt(s.length);
                    bytes.write(buf.array(), 0, 4);
                    bytes.write(s, 0, s.length);
                }
            }
        }
        return bytes.toByteArray();
    }
}
