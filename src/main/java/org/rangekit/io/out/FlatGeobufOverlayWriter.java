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
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.wololo.flatgeobuf.ColumnMeta;
import org.wololo.flatgeobuf.Constants;
import org.wololo.flatgeobuf.GeometryConversions;
import org.wololo.flatgeobuf.HeaderMeta;
import org.wololo.flatgeobuf.generated.ColumnType;
import org.wololo.flatgeobuf.generated.Feature;
import org.wololo.flatgeobuf.generated.GeometryType;

/**
 * Writes the main layer of an overlay ({@link OverlayLayers#main}) as FlatGeobuf 3
 * (flatgeobuf.org) with one declared geometry type (Point, MultiLineString or MultiPolygon), SRID
 * 4326, no spatial index, columns typed by their values (String, Long, Double; nullable).
 * Properties are encoded as the specification says: a little-endian uint16 column index, then an
 * int64 or a float64, or a uint32 length and UTF-8 bytes. Deterministic for the same input.
 */
public final class FlatGeobufOverlayWriter {

    private FlatGeobufOverlayWriter() {
    }

    /** Writes the main layer of {@code features}, leaving {@code out} open. */
    public static void write(OutputStream out, List<GeoJsonWriter.Feature> features) throws IOException {
        OverlayLayers.Layer layer = OverlayLayers.main(features);
        GeometryFactory gf = new GeometryFactory(new PrecisionModel(), 4326,
                PackedCoordinateSequenceFactory.DOUBLE_FACTORY);
        byte type = switch (layer.geometryType()) {
            case "Point" -> (byte) GeometryType.Point;
            case "MultiLineString" -> (byte) GeometryType.MultiLineString;
            default -> (byte) GeometryType.MultiPolygon;
        };
        Envelope env = new Envelope();
        layer.features().forEach(f -> env.expandToInclude(f.geometry().getEnvelopeInternal()));
        List<String> columns = layer.columns();
        HeaderMeta header = new HeaderMeta();
        header.name = layer.name();
        header.geometryType = type;
        header.srid = 4326;
        header.envelope = env;
        header.featuresCount = layer.features().size();
        header.indexNodeSize = 0;
        header.columns = new ArrayList<>();
        for (String c : columns) {
            ColumnMeta cm = new ColumnMeta();
            cm.name = c;
            cm.type = (byte) switch (layer.columnType(c)) {
                case "integer" -> ColumnType.Long;
                case "real" -> ColumnType.Double;
                default -> ColumnType.String;
            };
            cm.nullable = true;
            header.columns.add(cm);
        }
        out.write(Constants.MAGIC_BYTES);
        HeaderMeta.write(header, out, new FlatBufferBuilder(1024));
        WKBWriter wkbWriter = new WKBWriter(2);
        WKBReader wkbReader = new WKBReader(gf);
        for (GeoJsonWriter.Feature f : layer.features()) {
            FlatBufferBuilder b = new FlatBufferBuilder(1 << 14);
            Geometry xy;
            try {
                // 2-dimensional packed sequences: flatgeobuf-java writes z for 3-dimensional ones.
                xy = wkbReader.read(wkbWriter.write(GeoJsonWriter.prepare(f.geometry())));
            } catch (ParseException e) {
                throw new IllegalStateException("cannot happen: JTS rereads its own WKB", e);
            }
            int geometryOffset = GeometryConversions.serialize(b, xy, type);
            int propertiesOffset = columns.isEmpty() ? 0
                    : Feature.createPropertiesVector(b, properties(layer, columns, f));
            int featureOffset = Feature.createFeature(b, geometryOffset, propertiesOffset, 0);
            b.finishSizePrefixed(featureOffset);
            ByteBuffer data = b.dataBuffer();
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            out.write(bytes);
        }
        out.flush();
    }

    private static byte[] properties(OverlayLayers.Layer layer, List<String> columns, GeoJsonWriter.Feature f) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteBuffer buf = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < columns.size(); i++) {
            Object v = f.properties().get(columns.get(i));
            if (v == null) {
                continue;
            }
            buf.clear();
            buf.putShort((short) i);
            bytes.write(buf.array(), 0, 2);
            buf.clear();
            switch (layer.columnType(columns.get(i))) {
                case "integer" -> {
                    buf.putLong(((Number) v).longValue());
                    bytes.write(buf.array(), 0, 8);
                }
                case "real" -> {
                    buf.putDouble(Double.parseDouble(OverlayLayers.text(v)));
                    bytes.write(buf.array(), 0, 8);
                }
                default -> {
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
