package org.rangekit.io.out;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.wololo.flatgeobuf.generated.ColumnType;
import org.wololo.flatgeobuf.generated.GeometryType;

/**
 * Writes the main layer of an overlay ({@link OverlayLayers#main}) as FlatGeobuf 3
 * (flatgeobuf.org) with one declared geometry type (Point, MultiLineString or MultiPolygon), SRID
 * 4326, no spatial index, columns typed by their values (String, Long, Double; nullable).
 * The encoding itself (header, features, property values) is {@link FlatGeobufEncoding}'s.
 * Deterministic for the same input.
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
        List<FlatGeobufEncoding.Column> header = new ArrayList<>();
        for (String c : columns) {
            byte columnType = (byte) switch (layer.columnType(c)) {
                case "integer" -> ColumnType.Long;
                case "real" -> ColumnType.Double;
                default -> ColumnType.String;
            };
            header.add(new FlatGeobufEncoding.Column(c, columnType, true));
        }
        FlatGeobufEncoding.writeHeader(out, layer.name(), type, env, layer.features().size(), header);
        WKBWriter wkbWriter = new WKBWriter(2);
        WKBReader wkbReader = new WKBReader(gf);
        for (GeoJsonWriter.Feature f : layer.features()) {
            Geometry xy;
            try {
                // 2-dimensional packed sequences: flatgeobuf-java writes z for 3-dimensional ones.
                xy = wkbReader.read(wkbWriter.write(GeoJsonWriter.prepare(f.geometry())));
            } catch (ParseException e) {
                throw new IllegalStateException("cannot happen: JTS rereads its own WKB", e);
            }
            FlatGeobufEncoding.writeFeature(out, xy, type, columns.isEmpty() ? null : properties(layer, columns, f));
        }
        out.flush();
    }

    /** The feature's values; a missing (null) value is left out, as the nullable column allows. */
    private static byte[] properties(OverlayLayers.Layer layer, List<String> columns, GeoJsonWriter.Feature f) {
        FlatGeobufEncoding.Properties p = new FlatGeobufEncoding.Properties();
        for (int i = 0; i < columns.size(); i++) {
            Object v = f.properties().get(columns.get(i));
            if (v == null) {
                continue;
            }
            switch (layer.columnType(columns.get(i))) {
                case "integer" -> p.putLong(i, ((Number) v).longValue());
                case "real" -> p.putDouble(i, Double.parseDouble(OverlayLayers.text(v)));
                default -> p.putString(i, v.toString());
            }
        }
        return p.toByteArray();
    }
}
