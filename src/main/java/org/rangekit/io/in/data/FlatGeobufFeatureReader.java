package org.rangekit.io.in.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.wololo.flatgeobuf.ColumnMeta;
import org.wololo.flatgeobuf.GeometryConversions;
import org.wololo.flatgeobuf.HeaderMeta;
import org.wololo.flatgeobuf.PackedRTree;
import org.wololo.flatgeobuf.generated.ColumnType;
import org.wololo.flatgeobuf.generated.Feature;

/**
 * Reads every feature of a FlatGeobuf file held in memory (flatgeobuf.org format 3): magic bytes,
 * size-prefixed header, optional packed R-tree (skipped), then size-prefixed features.
 *
 * <p>Property values are decoded for the column types the project writes (Int, Long, String,
 * Double, Bool); a feature without geometry becomes an empty MultiPolygon.
 */
final class FlatGeobufFeatureReader {

    private FlatGeobufFeatureReader() {
    }

    static List<GeoJsonFeatureReader.Feature> read(byte[] bytes, GeometryFactory factory) throws IOException {
        ByteBuffer bb = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        HeaderMeta header = HeaderMeta.read(bb);
        int pos = header.offset;
        if (header.indexNodeSize > 0 && header.featuresCount > 0) {
            pos += (int) PackedRTree.calcSize((int) header.featuresCount, header.indexNodeSize);
        }
        List<GeoJsonFeatureReader.Feature> out = new ArrayList<>((int) header.featuresCount);
        Feature f = new Feature();
        for (long n = 0; n < header.featuresCount; n++) {
            int size = bb.getInt(pos);
            ByteBuffer slice = bb.slice(pos + 4, size).order(ByteOrder.LITTLE_ENDIAN);
            Feature.getRootAsFeature(slice, f);
            Geometry g = f.geometry() == null ? factory.createMultiPolygon()
                    : factory.createGeometry(GeometryConversions.deserialize(f.geometry(), header.geometryType));
            out.add(new GeoJsonFeatureReader.Feature(properties(f, header.columns), g));
            pos += 4 + size;
        }
        return out;
    }

    private static Map<String, Object> properties(Feature f, List<ColumnMeta> columns) {
        Map<String, Object> props = new LinkedHashMap<>();
        ByteBuffer p = f.propertiesAsByteBuffer();
        if (p == null) {
            return props;
        }
        p = p.slice().order(ByteOrder.LITTLE_ENDIAN);
        while (p.remaining() >= 2) {
            ColumnMeta c = columns.get(Short.toUnsignedInt(p.getShort()));
            Object v = switch (c.type) {
                case ColumnType.Int -> (long) p.getInt();
                case ColumnType.Long -> p.getLong();
                case ColumnType.Double -> p.getDouble();
                case ColumnType.Bool -> p.get() != 0;
                case ColumnType.String -> {
                    byte[] s = new byte[p.getInt()];
                    p.get(s);
                    yield new String(s, StandardCharsets.UTF_8);
                }
                default -> throw new IllegalStateException("unsupported FlatGeobuf column type "
                        + ColumnType.name(c.type) + " for column " + c.name);
            };
            props.put(c.name, v);
        }
        return props;
    }
}
