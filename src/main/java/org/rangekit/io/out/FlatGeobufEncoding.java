package org.rangekit.io.out;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.google.flatbuffers.FlatBufferBuilder;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.wololo.flatgeobuf.ColumnMeta;
import org.wololo.flatgeobuf.Constants;
import org.wololo.flatgeobuf.GeometryConversions;
import org.wololo.flatgeobuf.HeaderMeta;
import org.wololo.flatgeobuf.generated.Feature;

/**
 * The FlatGeobuf 3 encoding (flatgeobuf.org) shared by every FlatGeobuf file rangekit writes (the
 * overlay writer {@link FlatGeobufOverlayWriter} and the data build's country and city layers):
 * magic bytes and a size-prefixed header (SRID 4326, no spatial index), size-prefixed features,
 * and property values as the specification encodes them: a little-endian uint16 column index, then
 * an int32, an int64, a float64, or a uint32 length and UTF-8 bytes. Which columns a layer has,
 * what a missing value means and how a geometry is made 2-dimensional stay with each writer.
 *
 * <p>Deterministic: the same calls give the same bytes. Stateless apart from {@link Properties}.
 */
public final class FlatGeobufEncoding {

    /** A column of the header: its name, FlatGeobuf {@code ColumnType} and whether it may be null. */
    public record Column(String name, byte type, boolean nullable) {
    }

    private FlatGeobufEncoding() {
    }

    /**
     * Writes the magic bytes and the header of a layer of {@code featuresCount} features of one
     * geometry type (a FlatGeobuf {@code GeometryType}) within {@code envelope}.
     */
    public static void writeHeader(OutputStream out, String name, byte geometryType, Envelope envelope,
                                   long featuresCount, List<Column> columns) throws IOException {
        HeaderMeta header = new HeaderMeta();
        header.name = name;
        header.geometryType = geometryType;
        header.srid = 4326;
        header.envelope = envelope;
        header.featuresCount = featuresCount;
        header.indexNodeSize = 0;
        header.columns = new ArrayList<>();
        for (Column c : columns) {
            ColumnMeta cm = new ColumnMeta();
            cm.name = c.name();
            cm.type = c.type();
            cm.nullable = c.nullable();
            header.columns.add(cm);
        }
        out.write(Constants.MAGIC_BYTES);
        HeaderMeta.write(header, out, new FlatBufferBuilder(1024));
    }

    /**
     * Writes one size-prefixed feature.
     *
     * @param geometry 2-dimensional geometry (flatgeobuf-java writes z for 3-dimensional
     *        sequences), or null for none
     * @param properties encoded properties ({@link Properties#toByteArray}), or null when the
     *        layer has no columns
     */
    public static void writeFeature(OutputStream out, Geometry geometry, byte geometryType, byte[] properties)
            throws IOException {
        FlatBufferBuilder b = new FlatBufferBuilder(1 << 14);
        int geometryOffset = geometry == null ? 0 : GeometryConversions.serialize(b, geometry, geometryType);
        int propertiesOffset = properties == null ? 0 : Feature.createPropertiesVector(b, properties);
        int featureOffset = Feature.createFeature(b, geometryOffset, propertiesOffset, 0);
        b.finishSizePrefixed(featureOffset);
        ByteBuffer data = b.dataBuffer();
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        out.write(bytes);
    }

    /** One feature's property values, encoded in the order they are put. Not thread-safe. */
    public static final class Properties {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final ByteBuffer buf = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);

        /** An int32 value of column {@code column}. */
        public Properties putInt(int column, int value) {
            index(column);
            buf.putInt(value);
            bytes.write(buf.array(), 0, 4);
            return this;
        }

        /** An int64 value of column {@code column}. */
        public Properties putLong(int column, long value) {
            index(column);
            buf.putLong(value);
            bytes.write(buf.array(), 0, 8);
            return this;
        }

        /** A float64 value of column {@code column}. */
        public Properties putDouble(int column, double value) {
            index(column);
            buf.putDouble(value);
            bytes.write(buf.array(), 0, 8);
            return this;
        }

        /** A string value of column {@code column}, as UTF-8. */
        public Properties putString(int column, String value) {
            index(column);
            byte[] s = value.getBytes(StandardCharsets.UTF_8);
            buf.putInt(s.length);
            bytes.write(buf.array(), 0, 4);
            bytes.write(s, 0, s.length);
            return this;
        }

        /** The encoded values. */
        public byte[] toByteArray() {
            return bytes.toByteArray();
        }

        private void index(int column) {
            buf.clear();
            buf.putShort((short) column);
            bytes.write(buf.array(), 0, 2);
            buf.clear();
        }
    }
}
