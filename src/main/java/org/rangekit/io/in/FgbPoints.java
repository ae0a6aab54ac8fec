package org.rangekit.io.in;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.wololo.flatgeobuf.ColumnMeta;
import org.wololo.flatgeobuf.Constants;
import org.wololo.flatgeobuf.GeometryConversions;
import org.wololo.flatgeobuf.HeaderMeta;
import org.wololo.flatgeobuf.PackedRTree;
import org.wololo.flatgeobuf.generated.ColumnType;
import org.wololo.flatgeobuf.generated.Feature;
import org.wololo.flatgeobuf.generated.GeometryType;

/**
 * Reads the Point features of a FlatGeobuf file (flatgeobuf.org, version 3) with
 * flatgeobuf-java: every feature's point and its properties as text. A file whose declared
 * geometry type is not Point (or Unknown holding points) gives no rows; features that are not
 * points are skipped.
 */
public final class FgbPoints {

    /** Largest file read (bytes); sites files are small. */
    static final long MAX_BYTES = 256L << 20;

    private FgbPoints() {
    }

    /**
     * @param file the FlatGeobuf file
     * @param label how messages name it
     * @return the point rows in file order
     */
    public static List<GpkgPoints.Row> read(Path file, String label) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IllegalArgumentException(SiteFiles.at(label) + "larger than " + (MAX_BYTES >> 20)
                    + " MiB; expected a FlatGeobuf file of sites");
        }
        ByteBuffer bb = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (bb.remaining() < Constants.MAGIC_BYTES.length + 4
                || !Arrays.equals(Arrays.copyOf(bb.array(), 3), Arrays.copyOf(Constants.MAGIC_BYTES, 3))) {
            throw new IllegalArgumentException(SiteFiles.at(label) + "not a FlatGeobuf file (no 'fgb' magic bytes)");
        }
        List<GpkgPoints.Row> out = new ArrayList<>();
        try {
            HeaderMeta header = HeaderMeta.read(bb);
            int offset = header.offset;
            if (header.indexNodeSize > 0 && header.featuresCount > 0) {
                offset += (int) PackedRTree.calcSize((int) header.featuresCount, header.indexNodeSize);
            }
            bb.position(offset);
            while (bb.remaining() >= 4) {
                int size = bb.getInt();
                if (size < 0 || size > bb.remaining()) {
                    throw new IllegalArgumentException("feature size " + size + " past the end of the file");
                }
                ByteBuffer fb = bb.slice().order(ByteOrder.LITTLE_ENDIAN);
                fb.limit(size);
                Feature f = Feature.getRootAsFeature(fb);
                bb.position(bb.position() + size);
                if (f.geometry() == null) {
                    continue;
                }
                int type = header.geometryType == GeometryType.Unknown ? f.geometry().type() : header.geometryType;
                if (type != GeometryType.Point) {
                    continue;
                }
                Geometry g = GeometryConversions.deserialize(f.geometry(), type);
                if (!(g instanceof Point p) || p.isEmpty()) {
                    continue;
                }
                out.add(new GpkgPoints.Row(properties(f, header.columns), p.getY(), p.getX()));
            }
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException && e.getMessage() != null
                    && e.getMessage().startsWith(SiteFiles.at(label))) {
                throw e;
            }
            throw new IllegalArgumentException(SiteFiles.at(label) + "not a readable FlatGeobuf file ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
        return out;
    }

    private static Map<String, String> properties(Feature f, List<ColumnMeta> columns) {
        Map<String, String> out = new LinkedHashMap<>();
        ByteBuffer p = f.propertiesAsByteBuffer();
        if (p == null || columns == null) {
            return out;
        }
        p = p.slice().order(ByteOrder.LITTLE_ENDIAN);
        while (p.remaining() >= 2) {
            int i = Short.toUnsignedInt(p.getShort());
            if (i >= columns.size()) {
                throw new IllegalArgumentException("property column " + i + " of " + columns.size());
            }
            ColumnMeta c = columns.get(i);
            String v = switch (c.type) {
                case ColumnType.Bool, ColumnType.UByte -> Integer.toString(Byte.toUnsignedInt(p.get()));
                case ColumnType.Byte -> Byte.toString(p.get());
                case ColumnType.Short -> Short.toString(p.getShort());
                case ColumnType.UShort -> Integer.toString(Short.toUnsignedInt(p.getShort()));
                case ColumnType.Int -> Integer.toString(p.getInt());
                case ColumnType.UInt -> Integer.toUnsignedString(p.getInt());
                case ColumnType.Long, ColumnType.ULong -> Long.toString(p.getLong());
                case ColumnType.Float -> Float.toString(p.getFloat());
                case ColumnType.Double -> Double.toString(p.getDouble());
                case ColumnType.String, ColumnType.Json, ColumnType.DateTime -> {
                    int n = p.getInt();
                    byte[] s = new byte[n];
                    p.get(s);
                    yield new String(s, StandardCharsets.UTF_8);
                }
                default -> throw new IllegalArgumentException("column '" + c.name + "' of unsupported type " + c.type);
            };
            out.put(c.name, v);
        }
        return out;
    }
}
