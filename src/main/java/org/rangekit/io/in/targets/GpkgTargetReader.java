package org.rangekit.io.in.targets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.rangekit.coverage.Target;
import org.rangekit.io.in.FgbPoints;
import org.rangekit.io.in.GpkgPoints;

/**
 * Targets from the Point features of a GeoPackage ({@code .gpkg}) read by {@link GpkgPoints}: the
 * layer the user names ({@code --targets FILE.gpkg:LAYER}, {@link GpkgPoints.LayerPath}), else the
 * layer named {@code targets} when there is one, else the first layer of points. Columns
 * {@code name}, {@code country} and {@code population} fill the target as GeoJSON properties do;
 * all columns are kept as its properties. The file is opened read-only.
 *
 * <p>FlatGeobuf files ({@code .fgb}, read by {@link FgbPoints}: one layer) give targets the same way
 * ({@link #openFgb}).
 *
 * <p>The layer's points are held in memory (one {@link GpkgPoints.Row} each) while they are read;
 * CSV and GeoJSON are the formats streamed for target files of unbounded length.
 */
final class GpkgTargetReader implements TargetReader {

    /** The layer read when a GeoPackage has one by this name. */
    static final String LAYER = "targets";

    private final String source;
    private final Iterator<GpkgPoints.Row> rows;
    private final Consumer<BadRow> onBadRow;
    private final long sizeBytes;
    private long index;
    private long bad;

    private GpkgTargetReader(String source, List<GpkgPoints.Row> rows, Consumer<BadRow> onBadRow, long sizeBytes) {
        this.source = source;
        this.rows = rows.iterator();
        this.onBadRow = onBadRow;
        this.sizeBytes = sizeBytes;
    }

    /** @throws TargetFormatException when it is no GeoPackage or has no Point layer in WGS84 */
    static GpkgTargetReader open(Path file, Consumer<BadRow> onBadRow) throws IOException {
        return open(file, null, onBadRow);
    }

    /**
     * @param layer the layer the user named ({@code FILE.gpkg:LAYER}), or null for {@value #LAYER} or the first of points
     * @throws TargetFormatException when it is no GeoPackage, the layer named is absent or not of points
     */
    static GpkgTargetReader open(Path file, String layer, Consumer<BadRow> onBadRow) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            return new GpkgTargetReader(name, GpkgPoints.read(file, name, LAYER, layer), onBadRow,
                    Files.size(file));
        } catch (IllegalArgumentException e) {
            throw new TargetFormatException(e.getMessage());
        }
    }

    /** Targets from the points of a FlatGeobuf file, as from a GeoPackage layer. */
    static GpkgTargetReader openFgb(Path file, Consumer<BadRow> onBadRow) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            List<GpkgPoints.Row> rows = FgbPoints.read(file, name);
            if (rows.isEmpty()) {
                throw new TargetFormatException(name + ": no Point features");
            }
            return new GpkgTargetReader(name, rows, onBadRow, Files.size(file));
        } catch (IllegalArgumentException e) {
            throw new TargetFormatException(e.getMessage());
        }
    }

    @Override
    public Target next() {
        while (rows.hasNext()) {
            GpkgPoints.Row r = rows.next();
            index++;
            Map<String, String> props = new LinkedHashMap<>(r.properties());
            String name = GeoJsonTargetReader.take(props, "name", "NAME");
            String country = GeoJsonTargetReader.take(props, "country", "iso_a3", "ISO_A3");
            try {
                long pop = GeoJsonTargetReader.population(GeoJsonTargetReader.take(props, "population", "pop_est",
                        "POP_EST"));
                return new Target(name, country, r.latDeg(), r.lonDeg(), pop, null, props);
            } catch (IllegalArgumentException e) {
                bad++;
                onBadRow.accept(new BadRow(source, index, e.getMessage()));
            }
        }
        return null;
    }

    @Override
    public long badRowCount() {
        return bad;
    }

    @Override
    public long bytesRead() {
        return rows.hasNext() ? 0 : sizeBytes;
    }

    @Override
    public void close() {
        // GpkgPoints closed the GeoPackage after reading the layer.
    }
}
